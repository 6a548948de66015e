using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>Settings of <see cref="LocalProcessAdapter"/>.</summary>
public sealed record LocalProcessAdapterOptions
{
    /// <summary>The folder under which each attempt gets its run folder (inputs file, logs, write prefix).</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "kei-runs");

    /// <summary>How many characters of stderr an error envelope keeps.</summary>
    public int StderrTailChars { get; init; } = 4000;

    /// <summary>How often the end of a job started by another process is checked while waiting for its result.</summary>
    public TimeSpan ForeignPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Where adapter events go.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;
}
