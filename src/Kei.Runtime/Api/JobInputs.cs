using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// The inputs of one run: a JSON object, kept in canonical form so that the same inputs give the same bytes
/// on every adapter (the job reads them from <c>KEI_INPUTS_PATH</c>).
/// </summary>
public sealed class JobInputs
{
    private JobInputs(string canonicalJson) => Json = canonicalJson;

    /// <summary>An empty object.</summary>
    public static JobInputs Empty { get; } = new("{}");

    /// <summary>The canonical JSON text of the inputs object.</summary>
    public string Json { get; }

    /// <summary>Parses a JSON object; anything else throws <see cref="KeiRuntimeException"/> with <c>ERR_INPUTS</c>.</summary>
    public static JobInputs FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, $"Inputs are not valid JSON: {error.Message}");
        }

        if (node is not JsonObject inputsObject)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, "Inputs must be a JSON object.");
        }

        return new JobInputs(CanonicalJson.Serialize(inputsObject));
    }

    /// <summary>Builds inputs from names and values (strings, integers, booleans, nested JSON nodes).</summary>
    public static JobInputs From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputsObject = new JsonObject();
        foreach (var (name, value) in values)
        {
            inputsObject[name] = value is JsonNode node ? node.DeepClone() : JsonValue.Create(value);
        }

        return new JobInputs(CanonicalJson.Serialize(inputsObject));
    }

    /// <summary>The inputs as a JSON object node (a fresh copy).</summary>
    public JsonObject ToJsonObject() => (JsonObject)JsonNode.Parse(Json)!;

    /// <inheritdoc/>
    public override string ToString() => Json;
}
