using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// Transport only: how to reach an engine. Adapters never retry, never decide cost and never print to stdout;
/// failures surface as <see cref="KeiRuntimeException"/> with a stable code or as error envelopes.
/// </summary>
public interface IJobAdapter
{
    /// <summary>A short name for logs (<c>local</c>, <c>http</c>, <c>slurm</c>).</summary>
    string Name { get; }

    /// <summary>Whether the engine answers.</summary>
    Task<HealthReport> CheckHealthAsync(CancellationToken ct);

    /// <summary>Submits one attempt and returns the engine's job id.</summary>
    Task<string> SubmitAsync(JobRequest request, CancellationToken ct);

    /// <summary>The state of an engine job.</summary>
    Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct);

    /// <summary>Waits for the job's end and returns its envelope (an error envelope for a failed job).</summary>
    Task<Envelope> GetResultAsync(string jobId, CancellationToken ct);

    /// <summary>Stops the job at the engine. Callers hold a confirmed <see cref="StopConfirmation"/>.</summary>
    Task CancelAsync(string jobId, CancellationToken ct);
}
