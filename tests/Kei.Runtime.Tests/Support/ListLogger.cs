using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime.Tests.Support;

/// <summary>Captures every log line (event name and formatted text, structured values included) for assertions.</summary>
public sealed class ListLogger : ILogger
{
    private readonly ConcurrentQueue<(string EventName, LogLevel Level, string Text)> entries = new();

    public IReadOnlyList<(string EventName, LogLevel Level, string Text)> Entries => entries.ToArray();

    public IEnumerable<string> EventNames => entries.Select(entry => entry.EventName);

    public string AllText => string.Join("\n", entries.Select(entry => $"{entry.EventName} {entry.Text}"));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                            Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : string.Empty;
        entries.Enqueue((eventId.Name ?? string.Empty, logLevel, $"{formatter(state, exception)} | {values} {exception}"));
    }
}
