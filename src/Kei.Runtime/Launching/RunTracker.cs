using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// What a run's <see cref="JobCall"/> reads while the run goes on in the background: the adapter and engine job id
/// of the current attempt, the last progress the job reported, and the signal that the run has been submitted
/// once (or has ended without a submission).
/// </summary>
internal sealed class RunTracker
{
    private readonly TaskCompletionSource firstSubmission = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (IJobAdapter Adapter, string JobId)? engineJob;
    private JobProgress? progress;

    public string? EngineJobId => EngineJob?.JobId;

    public (IJobAdapter Adapter, string JobId)? EngineJob
    {
        get { lock (firstSubmission) { return engineJob; } }
    }

    public JobProgress? Progress
    {
        get { lock (firstSubmission) { return progress; } }
        set { lock (firstSubmission) { progress = value; } }
    }

    public Task FirstSubmission => firstSubmission.Task;

    public void SetEngineJob(IJobAdapter adapter, string jobId)
    {
        lock (firstSubmission)
        {
            engineJob = (adapter, jobId);
        }

        firstSubmission.TrySetResult();
    }

    public void MarkEnded() => firstSubmission.TrySetResult();
}
