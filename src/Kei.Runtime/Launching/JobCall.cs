using System;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// A spawned or re-attached run: ask its state and progress, wait for its envelope, or stop it. Stopping needs a
/// person's confirmation (<see cref="StopConfirmation.FromUser"/>); a <c>default</c> confirmation throws before the
/// engine is reached.
/// </summary>
public sealed class JobCall
{
    private readonly JobRun run;

    internal JobCall(JobRun run) => this.run = run;

    /// <summary>The run id (the envelope's <c>run_id</c>), stable across retries.</summary>
    public string Id => run.RunId;

    /// <summary>Whether the run outlives its launcher (<see cref="GpuFunction.Detach"/>).</summary>
    public bool Detach => run.Detach;

    /// <summary>The engine's id of the current attempt, once submitted.</summary>
    public string? EngineJobId => run.Tracker.EngineJobId;

    /// <summary>The last progress the job reported (<c>{"event":"progress"}</c>), or null before the first.</summary>
    public JobProgress? Progress => run.Tracker.Progress;

    /// <summary>The run's state: from its envelope once finished, else from the engine.</summary>
    public async Task<JobStatus> GetStatusAsync(CancellationToken ct = default)
    {
        if (run.Completion.IsCompleted)
        {
            return (await run.Completion.ConfigureAwait(false)).FinalStatus;
        }

        if (run.Tracker.EngineJob is not { } job)
        {
            return JobStatus.Pending;
        }

        try
        {
            var status = await job.Adapter.GetStatusAsync(job.JobId, ct).ConfigureAwait(false);
            return status is JobStatus.Pending or JobStatus.Running ? status : JobStatus.Running;
        }
        catch (KeiRuntimeException)
        {
            return JobStatus.Running;
        }
    }

    /// <summary>
    /// Waits for the envelope; <paramref name="timeout"/> null waits forever (KEI013 asks for a bound). A timeout or
    /// a cancelled <paramref name="ct"/> throws and leaves the job running.
    /// </summary>
    public Task<Envelope> GetAsync(TimeSpan? timeout = null, CancellationToken ct = default) =>
        run.Completion.WaitAsync(timeout ?? Timeout.InfiniteTimeSpan, ct);

    /// <summary>Stops the run: no further attempt, the engine job cancelled, the envelope <c>ERR_CANCELLED</c>.</summary>
    public Task CancelAsync(StopConfirmation confirmation, CancellationToken ct = default)
    {
        if (!confirmation.IsConfirmed)
        {
            throw new InvalidOperationException(
                $"Stopping a running job needs a person's confirmation: StopConfirmation.FromUser(\"{StopConfirmation.Phrase}\").");
        }

        return run.StopAsync("Stopped by a person.", ct);
    }

    /// <summary>The run's envelope, for the launcher's own fan-out (each run is bounded by its attempts' timeouts).</summary>
    internal Task<Envelope> Completion => run.Completion;

    /// <summary>The launcher's own stop (MapAsync after a failure): policy, not a person's decision.</summary>
    internal async Task StopForPolicyAsync(string reason)
    {
        try
        {
            await run.StopAsync(reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (KeiRuntimeException)
        {
            // Logged by the run; the run itself already ends as ERR_CANCELLED, and the caller's error is the first failure.
        }
    }
}
