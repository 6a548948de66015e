using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// The JSON body of <c>POST /jobs</c> and <c>POST /run</c>: run id, attempt, resume step, inputs and the function
/// (name, image, command, gpu, timeout, retries, cadences, secret names, detach, and the working directory when the
/// function names one). Secret values never travel: the processor reads them from its own environment. A run record
/// keeps the same object, so a re-attached launcher can go on with the run's retries.
/// </summary>
public static class JobRequestJson
{
    /// <summary>The request as a JSON object.</summary>
    public static JsonObject ToJson(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var function = FunctionToJson(request.Function);
        if (request.WorkingDirectory is { } folder)
        {
            function["working_directory"] = folder;
        }

        return new JsonObject
        {
            ["run_id"] = request.RunId,
            ["attempt"] = request.Attempt,
            ["resume_step"] = request.ResumeStep,
            ["inputs"] = request.Inputs.ToJsonObject(),
            ["function"] = function,
        };
    }

    private static JsonObject FunctionToJson(GpuFunction function) => new()
    {
        ["name"] = function.Name,
        ["image"] = function.Image,
        ["command"] = new JsonArray(function.Command.Select(part => (JsonNode?)part).ToArray()),
        ["gpu"] = function.Gpu.Type is null ? null : function.Gpu.ToString(),
        ["timeout_ms"] = (long)function.Timeout.TotalMilliseconds,
        ["max_retries"] = function.Retries?.MaxRetries,
        ["retry_backoff"] = function.Retries?.BackoffCoefficient,
        ["retry_initial_delay_ms"] = (long?)function.Retries?.InitialDelay?.TotalMilliseconds,
        ["retry_max_delay_ms"] = (long?)function.Retries?.MaxDelay?.TotalMilliseconds,
        ["detach"] = function.Detach,
        ["checkpoint_every"] = function.CheckpointEverySteps,
        ["progress_every"] = function.ProgressEverySteps,
        ["secrets"] = new JsonArray(function.Secrets.Select(name => (JsonNode?)name).ToArray()),
    };

    /// <summary>
    /// Reads a request; a schema problem throws <c>ERR_INPUTS</c> naming the field; a secret missing from
    /// <paramref name="secretSource"/> throws <c>ERR_MISSING_SECRET</c> naming it.
    /// </summary>
    public static JobRequest FromJson(JsonNode? body, Func<string, string?> secretSource)
    {
        ArgumentNullException.ThrowIfNull(secretSource);
        var root = body as JsonObject ?? throw Invalid("the body", "a JSON object");
        var functionObject = root["function"] as JsonObject ?? throw Invalid("function", "an object");
        var function = ReadFunction(functionObject);
        var inputs = root["inputs"] as JsonObject ?? throw Invalid("inputs", "an object");
        var secretValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in function.Secrets)
        {
            secretValues[name] = secretSource(name) is { Length: > 0 } value
                ? value : throw new KeiRuntimeException(ErrorCodes.MissingSecret, $"Secret {name} is not set on the processor.");
        }

        return new JobRequest(Text(root, "run_id"), function, JobInputs.FromJson(inputs.ToJsonString()),
            (int)Integer(root, "attempt"), root["resume_step"] is null ? null : Integer(root, "resume_step"), secretValues);
    }

    /// <summary>The function and inputs of a request as a run record keeps it (no secret values are needed to read it).</summary>
    internal static (GpuFunction Function, JobInputs Inputs) ReadRun(JsonNode? body)
    {
        var root = body as JsonObject ?? throw Invalid("the body", "a JSON object");
        var function = ReadFunction(root["function"] as JsonObject ?? throw Invalid("function", "an object"));
        var inputs = root["inputs"] as JsonObject ?? throw Invalid("inputs", "an object");
        return (function, JobInputs.FromJson(inputs.ToJsonString()));
    }

    private static GpuFunction ReadFunction(JsonObject function)
    {
        var command = function["command"] as JsonArray ?? throw Invalid("function.command", "an array of strings");
        var gpuText = function["gpu"] is null ? null : Text(function, "gpu");
        try
        {
            return new GpuFunction
            {
                Name = Text(function, "name"),
                Image = Text(function, "image"),
                Command = command.Select(part => part is JsonValue value && value.TryGetValue(out string? text)
                    ? text : throw Invalid("function.command", "an array of strings")).ToArray(),
                Gpu = gpuText is null ? default : GpuRequest.Parse(gpuText),
                Timeout = TimeSpan.FromMilliseconds(Integer(function, "timeout_ms")),
                Retries = ReadRetries(function),
                Detach = function["detach"] is not JsonValue detach || !detach.TryGetValue(out bool detached) || detached,
                WorkingDirectory = function["working_directory"] is null ? null : Text(function, "working_directory"),
                CheckpointEverySteps = (int)Integer(function, "checkpoint_every"),
                ProgressEverySteps = (int)Integer(function, "progress_every"),
                Secrets = (function["secrets"] as JsonArray ?? new JsonArray()).Select(name => (string)name!).ToArray(),
            };
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, $"Field function is invalid: {error.Message}");
        }
    }

    private static Retries? ReadRetries(JsonObject function)
    {
        if (function["max_retries"] is null)
        {
            return null;
        }

        TimeSpan? Delay(string field) => function[field] is null ? null : TimeSpan.FromMilliseconds(Integer(function, field));
        var backoff = function["retry_backoff"] is JsonValue value && value.TryGetValue(out double coefficient) ? coefficient : 2.0;
        return new Retries((int)Integer(function, "max_retries"), backoff, Delay("retry_initial_delay_ms"), Delay("retry_max_delay_ms"));
    }

    private static string Text(JsonObject owner, string field) =>
        owner[field] is JsonValue value && value.TryGetValue(out string? text) ? text : throw Invalid(field, "a string");

    private static long Integer(JsonObject owner, string field) =>
        owner[field] is JsonValue value && value.TryGetValue(out long number) ? number : throw Invalid(field, "an integer");

    private static KeiRuntimeException Invalid(string field, string expected) =>
        new(ErrorCodes.Inputs, $"Field {field} must be {expected}.");
}
