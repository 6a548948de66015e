using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// A run: its attempts under the retry pipeline, in the background, until an envelope, kept in its durable record.
/// The process that drives the run holds its owner lock; a launcher that re-attaches watches until the run ends or
/// its owner is gone, then drives it on from the recorded attempt. Stopping it ends the pipeline (no further
/// attempt) and cancels the current engine job.
/// </summary>
internal sealed class JobRun
{
    private readonly RunContext context;
    private readonly AttemptSequence attempts;
    private readonly GpuFunction function;
    private readonly JobInputs inputs;
    private readonly IReadOnlyDictionary<string, string> secretValues;
    private readonly RunRecorder recorder;
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource engineStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ExclusiveFileLock? ownership; // set by the attached run when it takes over, read by a stop
    private string stopReason = "Stopped by a person.";

    public JobRun(RunContext context, GpuFunction function, JobInputs inputs, string runId, IReadOnlyDictionary<string, string> secretValues)
    {
        this.context = context;
        this.function = function;
        this.inputs = inputs;
        this.secretValues = secretValues;
        recorder = new RunRecorder(context, runId);
        attempts = new AttemptSequence(context, new JobRequest(runId, function, inputs, 1, null, secretValues), recorder, Tracker);
        RunId = runId;
        Completion = Task.FromResult(Envelope.Failure(runId, ErrorCodes.Internal, "The run was never started."));
    }

    public string RunId { get; }

    public bool Detach => function.Detach;

    public RunTracker Tracker { get; } = new();

    public Task<Envelope> Completion { get; private set; }

    /// <summary>Records and starts a new run; without <see cref="GpuFunction.Detach"/>, the caller's token also stops it.</summary>
    public void Start(CancellationToken callerToken)
    {
        recorder.Create(new JobRequest(RunId, function, inputs), context.Adapter);
        ownership = ExclusiveFileLock.TryAcquire(context.Store.OwnerLockPath(RunId))
            ?? throw new InvalidOperationException($"Run {RunId} is already driven by another process.");
        if (!function.Detach && callerToken.CanBeCanceled)
        {
            callerToken.Register(() => _ = StopAsync("The caller cancelled a run that is not detached.", CancellationToken.None));
        }

        Completion = Task.Run(ExecuteAsync, CancellationToken.None);
    }

    /// <summary>Follows a run another process started: watches it, or drives it on once its owner is gone.</summary>
    public void Attach(RunRecord record)
    {
        if (!record.IsFinished && record.Attempt is { EngineJobId: { } jobId } attempt)
        {
            Tracker.SetEngineJob(attempt.AdapterIn(context), jobId); // the call can report the engine's state at once
        }

        Completion = Task.Run(AttachedAsync, CancellationToken.None);
    }

    /// <summary>Records the run as refused without any attempt (the envelope explains why).</summary>
    public void Refuse(Envelope envelope)
    {
        recorder.Create(new JobRequest(RunId, function, inputs), context.Adapter);
        Completion = Task.FromResult(Finish(envelope));
        Tracker.MarkEnded();
    }

    public async Task StopAsync(string reason, CancellationToken ct)
    {
        // Read before cancelling: the cancelled wait ends the run at once, while the engine job still runs.
        var wasRunning = !Completion.IsCompleted;
        stopReason = reason;
        TryRecord(() => recorder.RequestStop(reason));
        if (ownership is null && wasRunning)
        {
            await StopWatchedRunAsync(ct).ConfigureAwait(false);
            return;
        }

        try
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (wasRunning && Tracker.EngineJob is { } job)
            {
                await CancelEngineJobAsync(job.Adapter, job.JobId, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            engineStopped.TrySetResult(); // the run reports ERR_CANCELLED only once the engine was told
        }

        await Completion.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A run another live process drives: its engine job is cancelled here; its owner records the end.</summary>
    private async Task StopWatchedRunAsync(CancellationToken ct)
    {
        if (Tracker.EngineJob is { } job)
        {
            await CancelEngineJobAsync(job.Adapter, job.JobId, ct).ConfigureAwait(false);
        }

        await Completion.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task<Envelope> AttachedAsync()
    {
        var observer = new RunObserver(context, recorder, Tracker, secretValues.Values.ToArray());
        var (lockHeld, record) = await observer.WaitForTurnAsync(stop.Token).ConfigureAwait(false);
        if (lockHeld is null)
        {
            Tracker.MarkEnded();
            return record.Envelope!;
        }

        ownership = lockHeld;
        attempts.ContinueFrom(record.Attempt);
        return await ExecuteAsync().ConfigureAwait(false);
    }

    private async Task<Envelope> ExecuteAsync()
    {
        var pipeline = RetryPipelineFactory.Create(function.Retries, context.Options, RunId, attempts.FirstNumber);
        try
        {
            var envelope = await pipeline.ExecuteAsync(
                async token => await attempts.NextAsync(token).ConfigureAwait(false), stop.Token).ConfigureAwait(false);
            return Finish(envelope);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await engineStopped.Task.ConfigureAwait(false);
            return Finish(Envelope.Failure(RunId, ErrorCodes.Cancelled, stopReason));
        }
        finally
        {
            attempts.SettleUnfollowed();
            Tracker.MarkEnded();
            ownership?.Dispose();
        }
    }

    private async Task CancelEngineJobAsync(IJobAdapter adapter, string jobId, CancellationToken ct)
    {
        try
        {
            await adapter.CancelAsync(jobId, ct).ConfigureAwait(false);
        }
        catch (KeiRuntimeException failure)
        {
            context.Options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{RunId}: the engine did not confirm the stop of {JobId}: {Code} {Reason}",
                RunId, jobId, failure.Code, failure.Reason);
            throw;
        }
    }

    private Envelope Finish(Envelope envelope)
    {
        var scrubbed = SecretScrubber.Scrub(envelope, secretValues);
        if (scrubbed.Error is { } error)
        {
            context.Options.Logger.Event(LogLevel.Warning, RuntimeEvents.Error(error.Code), "{RunId} ended with {Code}: {Message}",
                RunId, error.Code, error.Message);
        }

        TryRecord(() => recorder.Finished(scrubbed));
        return scrubbed;
    }

    /// <summary>A record that cannot be written is logged; the run and its envelope go on regardless.</summary>
    private void TryRecord(Action write)
    {
        try
        {
            write();
        }
        catch (Exception failure) when (failure is System.IO.IOException or UnauthorizedAccessException or TimeoutException or KeiRuntimeException)
        {
            context.Options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{RunId}: the run record could not be written: {Error}", RunId, failure.Message);
        }
    }
}
