using System;
using System.Collections.Generic;

namespace Kei.Runtime;

/// <summary>
/// What to run on GPUs: an image (or environment name), an argv command and the limits of one attempt.
/// The launcher rules (KEI003–KEI011) read these members by symbol, so their names and meanings are fixed.
/// </summary>
public sealed record GpuFunction
{
    /// <summary>The function's name; also the Slurm job name.</summary>
    public required string Name { get; init; }

    /// <summary>The container image or environment name the command runs in.</summary>
    public required string Image { get; init; }

    /// <summary>The argv of the job, never one shell string (no quoting bugs, no injection).</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>
    /// The folder the command runs in; null runs it in the launcher's current directory (local and Slurm jobs), as a
    /// command typed in a shell would. The run's own files are under <c>KEI_RUN_DIR</c> and <c>KEI_WRITE_PREFIX</c>.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>GPU type and count; <c>"H100:8"</c> converts implicitly.</summary>
    public GpuRequest Gpu { get; init; }

    /// <summary>The bound of one attempt, and therefore the cost bound the estimate uses.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How failed attempts are resubmitted; null means none (KEI003 flags that).</summary>
    public Retries? Retries { get; init; }

    /// <summary>True: the job keeps running when the caller's token is cancelled or the caller exits.</summary>
    public bool Detach { get; init; } = true;

    /// <summary>The torch version the image carries, checked against the GPU's minimum (KEI011).</summary>
    public string? TorchVersion { get; init; }

    /// <summary>Steps between checkpoints, passed to the job as <c>KEI_CHECKPOINT_EVERY</c>.</summary>
    public int CheckpointEverySteps { get; init; } = 500;

    /// <summary>Steps between progress events, passed to the job as <c>KEI_PROGRESS_EVERY</c>.</summary>
    public int ProgressEverySteps { get; init; } = 250;

    /// <summary>Names of environment variables the job needs; checked before submission, values never logged.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = Array.Empty<string>();
}
