using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// The engine job id of a run's current attempt, shared between the running attempt and its <see cref="JobCall"/>,
/// and the signal that the run has been submitted once (or has ended without a submission).
/// </summary>
internal sealed class RunTracker
{
    private readonly TaskCompletionSource firstSubmission = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? engineJobId;

    public string? EngineJobId => Volatile.Read(ref engineJobId);

    public Task FirstSubmission => firstSubmission.Task;

    public void SetEngineJob(string jobId)
    {
        Volatile.Write(ref engineJobId, jobId);
        firstSubmission.TrySetResult();
    }

    public void MarkEnded() => firstSubmission.TrySetResult();
}
