using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// A run: its attempts under the retry pipeline, in the background, until an envelope. Stopping it cancels the
/// pipeline (no further attempt) and the engine job of the current attempt.
/// </summary>
internal sealed class JobRun
{
    private readonly IJobAdapter adapter;
    private readonly JobLauncherOptions options;
    private readonly AttemptRunner attemptRunner;
    private readonly GpuFunction function;
    private readonly JobInputs inputs;
    private readonly IReadOnlyDictionary<string, string> secretValues;
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource engineStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string stopReason = "Stopped by a person.";
    private int attempts;

    public JobRun(IJobAdapter adapter, JobLauncherOptions options, AttemptRunner attemptRunner, GpuFunction function,
                  JobInputs inputs, string runId, IReadOnlyDictionary<string, string> secretValues)
    {
        this.adapter = adapter;
        this.options = options;
        this.attemptRunner = attemptRunner;
        this.function = function;
        this.inputs = inputs;
        this.secretValues = secretValues;
        RunId = runId;
        Completion = Task.FromResult(Envelope.Failure(runId, ErrorCodes.Internal, "The run was never started."));
    }

    public string RunId { get; }

    public RunTracker Tracker { get; } = new();

    public Task<Envelope> Completion { get; private set; }

    public IJobAdapter Adapter => adapter;

    /// <summary>Starts the attempts; without <see cref="GpuFunction.Detach"/>, the caller's token also stops the run.</summary>
    public void Start(CancellationToken callerToken)
    {
        if (!function.Detach && callerToken.CanBeCanceled)
        {
            callerToken.Register(() => _ = StopAsync("The caller cancelled a run that is not detached.", CancellationToken.None));
        }

        Completion = Task.Run(ExecuteAsync, CancellationToken.None);
    }

    /// <summary>Ends the run as a refusal without any attempt (the envelope explains why).</summary>
    public void Refuse(Envelope envelope)
    {
        Completion = Task.FromResult(Finish(envelope));
        Tracker.MarkEnded();
    }

    public async Task StopAsync(string reason, CancellationToken ct)
    {
        // Read before cancelling: the cancelled wait ends the run at once, while the engine job still runs.
        var wasRunning = !Completion.IsCompleted;
        stopReason = reason;
        try
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (wasRunning && Tracker.EngineJobId is { } jobId)
            {
                await CancelEngineJobAsync(jobId, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            engineStopped.TrySetResult(); // the run reports ERR_CANCELLED only once the engine was told
        }

        await Completion.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task<Envelope> ExecuteAsync()
    {
        var pipeline = RetryPipelineFactory.Create(function.Retries, options, RunId);
        try
        {
            var envelope = await pipeline.ExecuteAsync(
                async token => await AttemptAsync(Interlocked.Increment(ref attempts), token).ConfigureAwait(false),
                stop.Token).ConfigureAwait(false);
            return Finish(envelope);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await engineStopped.Task.ConfigureAwait(false);
            return Finish(Envelope.Failure(RunId, ErrorCodes.Cancelled, stopReason));
        }
        finally
        {
            Tracker.MarkEnded();
        }
    }

    private async Task CancelEngineJobAsync(string jobId, CancellationToken ct)
    {
        try
        {
            await adapter.CancelAsync(jobId, ct).ConfigureAwait(false);
        }
        catch (KeiRuntimeException failure)
        {
            options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{RunId}: the engine did not confirm the stop of {JobId}: {Code} {Reason}",
                RunId, jobId, failure.Code, failure.Reason);
            throw;
        }
    }

    private async Task<Envelope> AttemptAsync(int attempt, CancellationToken ct)
    {
        try
        {
            var resumeStep = options.CheckpointVolume is { } volume
                ? (await volume.LoadLatestCheckpointAsync(ct).ConfigureAwait(false))?.Step
                : null;
            var request = new JobRequest(RunId, function, inputs, attempt, resumeStep, secretValues);
            var envelope = await attemptRunner.RunAsync(request, Tracker, ct).ConfigureAwait(false);
            return EnvelopeInvariants.Enforce(envelope, RunId);
        }
        catch (KeiRuntimeException failure)
        {
            return Envelope.Failure(RunId, failure.Code, failure.Reason);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Envelope.Failure(RunId, ErrorCodes.Internal, $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private Envelope Finish(Envelope envelope)
    {
        var scrubbed = SecretScrubber.Scrub(envelope, secretValues);
        if (scrubbed.Error is { } error)
        {
            options.Logger.Event(LogLevel.Warning, RuntimeEvents.Error(error.Code), "{RunId} ended with {Code}: {Message}",
                RunId, error.Code, error.Message);
        }

        return scrubbed;
    }
}
