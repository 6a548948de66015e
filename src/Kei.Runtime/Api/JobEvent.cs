using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// One event of a run: an NDJSON line the job wrote to stderr (<c>{"event":"progress","step":N,"total":M}</c>,
/// <c>checkpoint</c>, <c>resumed</c>, or its own names), or one the launcher adds (<c>fallback</c> when the cost
/// guard sends an attempt to the fallback adapter). <see cref="Json"/> is the whole line, secret values masked.
/// </summary>
public sealed record JobEvent(string RunId, string Name, long? Step, long? Total, string Json)
{
    /// <summary>The name of progress events.</summary>
    public const string Progress = "progress";

    /// <summary>The name of the launcher's event when an attempt runs on the fallback adapter.</summary>
    public const string Fallback = "fallback";

    /// <summary>
    /// The event as one line for a person: <c>progress 500/2000 (25 %)</c>, <c>checkpoint: step 500 committed</c>,
    /// <c>resumed from the checkpoint of step 1500</c>, <c>runs on local: …</c>, else the name and the JSON line.
    /// </summary>
    public string ToDisplayText() => Name switch
    {
        Progress when Step is { } step && Total is { } total => $"progress {step}/{total} ({new JobProgress(step, total).Percent} %)",
        "checkpoint" when Step is { } step => $"checkpoint: step {step} committed",
        "resumed" when Step is { } step => $"resumed from the checkpoint of step {step}",
        Fallback => $"runs on {Field("adapter")}: {Field("reason")}",
        _ => $"{Name}: {Json}",
    };

    /// <summary>Reads a job's stderr line; false for a line that is not a JSON object with a string <c>event</c>.</summary>
    public static bool TryParse(string runId, string line, out JobEvent? jobEvent)
    {
        jobEvent = null;
        if (!line.StartsWith('{'))
        {
            return false;
        }

        try
        {
            if (JsonNode.Parse(line) is JsonObject fields && fields["event"] is JsonValue name && name.TryGetValue(out string? eventName))
            {
                jobEvent = new JobEvent(runId, eventName, Number(fields["step"]), Number(fields["total"]), line);
            }
        }
        catch (JsonException)
        {
            // Not an event: a job may print anything on stderr.
        }

        return jobEvent is not null;
    }

    private string? Field(string name) => (string?)(JsonNode.Parse(Json) as JsonObject)?[name];

    private static long? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue(out long number) ? number : null;
}
