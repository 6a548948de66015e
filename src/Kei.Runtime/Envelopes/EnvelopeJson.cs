using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>Reads and writes envelopes; the reader is strict so a malformed answer never passes as a result.</summary>
internal static class EnvelopeJson
{
    private static readonly HashSet<string> TopLevelKeys =
        new(StringComparer.Ordinal) { "status", "run_id", "outputs", "index_path", "error", "meta" };

    public static string Serialize(Envelope envelope)
    {
        var root = new JsonObject
        {
            ["status"] = envelope.Status,
            ["run_id"] = envelope.RunId,
            ["meta"] = MetaToJson(envelope.Meta),
        };
        if (envelope.IsSuccess)
        {
            root["outputs"] = new JsonArray(envelope.Outputs
                .Select(output => (JsonNode)new JsonObject { ["path"] = output.Path }).ToArray());
        }

        if (envelope.IndexPath is not null)
        {
            root["index_path"] = envelope.IndexPath;
        }

        if (envelope.Error is { } error)
        {
            root["error"] = ErrorToJson(error);
        }

        return CanonicalJson.Serialize(root);
    }

    public static Envelope Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"Envelope is not valid JSON: {error.Message}", error);
        }

        if (node is not JsonObject root)
        {
            throw new FormatException("Envelope must be a JSON object.");
        }

        return ParseObject(root);
    }

    private static Envelope ParseObject(JsonObject root)
    {
        var unknown = root.Select(pair => pair.Key).FirstOrDefault(key => !TopLevelKeys.Contains(key));
        if (unknown is not null)
        {
            throw new FormatException($"Envelope has an unknown key '{unknown}'.");
        }

        var status = RequiredString(root, "status");
        var runId = RequiredString(root, "run_id");
        var meta = ParseMeta(root["meta"]);
        if (status == Envelope.SuccessStatus)
        {
            var outputs = ParseOutputs(root["outputs"]);
            var indexPath = root["index_path"] is null ? null : RequiredString(root, "index_path");
            return Envelope.Create(status, runId, outputs, indexPath, null, meta);
        }

        if (status != Envelope.ErrorStatus)
        {
            throw new FormatException($"Envelope status '{status}' is neither 'success' nor 'error'.");
        }

        return Envelope.Create(status, runId, Array.Empty<EnvelopeOutput>(), null, ParseError(root["error"]), meta);
    }

    private static EnvelopeOutput[] ParseOutputs(JsonNode? node)
    {
        if (node is not JsonArray outputs)
        {
            throw new FormatException("A success envelope needs an 'outputs' array.");
        }

        return outputs.Select(item => item is JsonObject output && output.Count == 1
                ? new EnvelopeOutput(RequiredString(output, "path"))
                : throw new FormatException("Each output must be an object with only a 'path' string."))
            .ToArray();
    }

    private static EnvelopeError ParseError(JsonNode? node)
    {
        if (node is not JsonObject error)
        {
            throw new FormatException("An error envelope needs an 'error' object.");
        }

        var tail = error["stderr_tail"] is null ? null : RequiredString(error, "stderr_tail");
        return new EnvelopeError(RequiredString(error, "code"), RequiredString(error, "message"), tail);
    }

    private static Dictionary<string, object> ParseMeta(JsonNode? node)
    {
        var meta = new Dictionary<string, object>(StringComparer.Ordinal);
        if (node is null)
        {
            return meta;
        }

        if (node is not JsonObject metaObject)
        {
            throw new FormatException("Envelope 'meta' must be an object.");
        }

        foreach (var (key, value) in metaObject)
        {
            meta[key] = value is JsonValue scalar && scalar.TryGetValue(out string? text) ? text
                : value is JsonValue number && number.GetValueKind() == JsonValueKind.Number
                  && number.TryGetValue(out long integer) ? integer
                : throw new FormatException($"Envelope meta '{key}' must be a string or an integer.");
        }

        return meta;
    }

    private static string RequiredString(JsonObject owner, string key) =>
        owner[key] is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : throw new FormatException($"Envelope field '{key}' must be a string.");

    private static JsonObject MetaToJson(IReadOnlyDictionary<string, object> meta)
    {
        var metaObject = new JsonObject();
        foreach (var (key, value) in meta)
        {
            metaObject[key] = value is long integer ? JsonValue.Create(integer) : JsonValue.Create((string)value);
        }

        return metaObject;
    }

    private static JsonObject ErrorToJson(EnvelopeError error)
    {
        var errorObject = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
        if (error.StderrTail is not null)
        {
            errorObject["stderr_tail"] = error.StderrTail;
        }

        return errorObject;
    }
}
