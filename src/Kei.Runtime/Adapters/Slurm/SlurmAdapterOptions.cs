using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>Settings of <see cref="SlurmAdapter"/>.</summary>
public sealed record SlurmAdapterOptions
{
    /// <summary>A folder on the file system the cluster's nodes share: attempts' scripts, inputs and write prefixes.</summary>
    public string SharedRoot { get; init; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "kei-slurm-runs");

    /// <summary>The folder of the client commands (<c>sbatch</c>, <c>squeue</c>, …); null finds them on <c>PATH</c>.</summary>
    public string? CommandDirectory { get; init; }

    /// <summary>The partition to submit to (default: the cluster's default partition).</summary>
    public string? Partition { get; init; }

    /// <summary>
    /// How long before the time limit the job gets <c>SIGUSR1</c> to save a last checkpoint; less when the limit is
    /// short, and no signal for a limit of two minutes or less (Slurm may send it up to a minute early).
    /// </summary>
    public TimeSpan PreTimeoutSignal { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The bound of one client command; a controller that does not answer within it is <c>ERR_HEALTH</c>.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How many characters of the job's stderr file an error envelope keeps.</summary>
    public int StderrTailChars { get; init; } = 4000;

    /// <summary>Where adapter events go.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;
}
