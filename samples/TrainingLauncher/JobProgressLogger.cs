using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace TrainingLauncher;

/// <summary>
/// Receives the runtime's log events and turns the job's NDJSON progress events (forwarded by the local adapter as
/// <c>job.state</c> entries whose state carries the event line) into progress callbacks; everything else is dropped:
/// stdout is for the result. The line is found by its shape, not by a template name, so a renamed field still works.
/// </summary>
public sealed class JobProgressLogger : ILogger
{
    private readonly Action<long, long> onProgress;

    public JobProgressLogger(Action<long, long> onProgress) => this.onProgress = onProgress;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Name != "job.state" || state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
        {
            return;
        }

        foreach (KeyValuePair<string, object?> field in fields)
        {
            if (field.Value is string line && line.StartsWith('{') && TryParseProgress(line, out long step, out long total))
            {
                onProgress(step, total);
            }
        }
    }

    private static bool TryParseProgress(string line, out long step, out long total)
    {
        step = total = 0;
        try
        {
            if (JsonNode.Parse(line) is JsonObject e && (string?)e["event"] == "progress")
            {
                step = (long)e["step"]!;
                total = (long)e["total"]!;
                return true;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not an event line: the job may print anything on stderr.
        }

        return false;
    }
}
