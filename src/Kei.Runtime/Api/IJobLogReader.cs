using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// An adapter that can read a job's stderr while it runs and after it ended, from any process: the local adapter
/// and the Slurm adapter read the log file in the run folder, the HTTP adapter asks the processor. The launcher
/// reads the job's NDJSON events (progress, checkpoints) from it; <c>kei jobs logs</c> prints it.
/// </summary>
public interface IJobLogReader
{
    /// <summary>The complete lines written after byte <paramref name="offset"/> (at most about a megabyte at a time).</summary>
    Task<JobLogChunk> ReadLogAsync(string jobId, long offset, CancellationToken ct);
}
