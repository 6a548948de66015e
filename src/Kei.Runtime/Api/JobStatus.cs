namespace Kei.Runtime;

/// <summary>The state of a job as an engine reports it.</summary>
public enum JobStatus
{
    /// <summary>Accepted, not started yet (queued, or between retries).</summary>
    Pending,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Finished with a success envelope.</summary>
    Succeeded,

    /// <summary>Finished with an error envelope (timeout included).</summary>
    Failed,

    /// <summary>Stopped by a confirmed cancellation.</summary>
    Cancelled,

    /// <summary>The engine no longer knows the job and left no envelope.</summary>
    Lost,
}
