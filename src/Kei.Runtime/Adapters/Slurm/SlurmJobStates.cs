using System;

namespace Kei.Runtime;

/// <summary>Slurm's job state words (squeue <c>%T</c>, scontrol <c>JobState=</c>) as <see cref="JobStatus"/>.</summary>
internal static class SlurmJobStates
{
    /// <summary>The state of a word; finished states say only that the job ended (the envelope says how).</summary>
    public static JobStatus Map(string state) => state.Trim().ToUpperInvariant() switch
    {
        "PENDING" or "CONFIGURING" or "REQUEUED" or "REQUEUE_HOLD" or "REQUEUE_FED" or "RESIZING" or "SUSPENDED" => JobStatus.Pending,
        "RUNNING" or "COMPLETING" or "STAGE_OUT" or "SIGNALING" => JobStatus.Running,
        "COMPLETED" => JobStatus.Succeeded,
        "CANCELLED" => JobStatus.Cancelled,
        _ => JobStatus.Failed,
    };

    /// <summary>The <c>JobState=</c> word of a one-line <c>scontrol show job -o</c> answer.</summary>
    public static string? FromScontrol(string line)
    {
        var start = line.IndexOf("JobState=", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "JobState=".Length;
        var end = line.IndexOf(' ', start);
        return end < 0 ? line[start..].Trim() : line[start..end];
    }
}
