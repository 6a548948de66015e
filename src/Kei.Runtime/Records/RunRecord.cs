using System;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// A run's durable record, kept beside every other run in a records folder: what runs (the request as the HTTP
/// contract writes it, secret values never included), where (the adapters, the ledger), its current attempt, and
/// once it ended its envelope. A launcher in another process re-attaches from it; <c>kei jobs</c> reads it.
/// </summary>
public sealed record RunRecord
{
    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>The function's name.</summary>
    public required string FunctionName { get; init; }

    /// <summary>Pending (not submitted yet, or between attempts), Running, or how it ended.</summary>
    public JobStatus State { get; init; } = JobStatus.Pending;

    /// <summary>Whether the run outlives its launcher (<see cref="GpuFunction.Detach"/>).</summary>
    public bool Detach { get; init; }

    /// <summary>The run's request (run id, function, inputs) as canonical JSON.</summary>
    public required string RequestJson { get; init; }

    /// <summary>The adapter, as <see cref="JobAdapters.Describe"/> names it.</summary>
    public required string AdapterJson { get; init; }

    /// <summary>The fallback adapter of auto mode, when the launcher has one.</summary>
    public string? FallbackJson { get; init; }

    /// <summary>The launcher's current directory, where its local and Slurm jobs run unless the function names another.</summary>
    public string? LauncherDirectory { get; init; }

    /// <summary>The budget ledger the run's attempts are reserved in.</summary>
    public string? LedgerPath { get; init; }

    /// <summary>The current (or last) attempt.</summary>
    public RunAttempt? Attempt { get; init; }

    /// <summary>A person asked to stop the run: no further attempt is submitted.</summary>
    public string? StopReason { get; init; }

    /// <summary>The final envelope (canonical JSON) once the run ended.</summary>
    public string? EnvelopeJson { get; init; }

    /// <summary>When the run was spawned.</summary>
    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When the record last changed.</summary>
    public DateTimeOffset UpdatedUtc { get; init; }

    /// <summary>The adapter's name.</summary>
    public string AdapterName => (string?)JsonNode.Parse(AdapterJson)?["name"] ?? "unknown";

    /// <summary>Whether the run has ended (its envelope is recorded).</summary>
    public bool IsFinished => EnvelopeJson is not null;

    /// <summary>The final envelope, or null while the run goes on.</summary>
    public Envelope? Envelope => EnvelopeJson is null ? null : Kei.Runtime.Envelope.Parse(EnvelopeJson);
}
