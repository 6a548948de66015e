namespace Kei.Runtime;

/// <summary>
/// Follows a job's reported states: remembers the last one, notices changes, and counts consecutive failed
/// queries so that a silent engine ends the attempt instead of hanging it.
/// </summary>
internal sealed class StatusWatch
{
    private readonly int failureLimit;
    private int consecutiveFailures;

    public StatusWatch(int failureLimit) => this.failureLimit = failureLimit < 1 ? 1 : failureLimit;

    public JobStatus Last { get; private set; } = JobStatus.Pending;

    public bool Changed { get; private set; }

    public bool IsFinished => Last is not (JobStatus.Pending or JobStatus.Running);

    /// <summary>Records one query; returns the failure once too many queries in a row have failed.</summary>
    public KeiRuntimeException? Observe(JobStatus? status, KeiRuntimeException? failure)
    {
        Changed = false;
        if (failure is not null)
        {
            consecutiveFailures++;
            return consecutiveFailures >= failureLimit ? failure : null;
        }

        consecutiveFailures = 0;
        if (status is { } known && known != Last)
        {
            Last = known;
            Changed = true;
        }

        return null;
    }
}
