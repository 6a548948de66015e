using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Follows one submitted engine job to its envelope: its state at each poll, its events, and its bound
/// (<see cref="GpuFunction.Timeout"/> plus grace from the recorded start, so a re-attached launcher keeps the same
/// bound). A silent engine ends the attempt after a few failed queries; an overdue job is cancelled at the engine.
/// </summary>
internal sealed class AttemptFollower
{
    private readonly RunContext context;

    public AttemptFollower(RunContext context) => this.context = context;

    /// <summary>The attempt's envelope, and when its job stopped running (what its settlement counts up to).</summary>
    public async Task<(Envelope Envelope, DateTimeOffset EndedUtc)> FollowAsync(IJobAdapter adapter, string jobId, JobRequest request,
                                            DateTimeOffset startedUtc, RunTracker tracker, bool catchUp, CancellationToken ct)
    {
        var bound = request.Function.Timeout + context.Options.TimeoutGrace;
        var watch = new StatusWatch(context.Options.StatusFailureLimit);
        var pump = new JobEventPump(context, adapter, jobId, request.RunId, tracker, [.. request.SecretValues.Values], catchUp);
        while (true)
        {
            var (status, failure) = await QueryStatusAsync(adapter, jobId, ct).ConfigureAwait(false);
            await pump.PumpAsync(ct).ConfigureAwait(false);
            if (watch.Observe(status, failure) is { } lostContact)
            {
                return (Envelope.Failure(request.RunId, lostContact.Code, $"Lost contact with the job: {lostContact.Reason}"), context.Now);
            }

            LogIfChanged(watch, request.RunId, jobId);
            if (watch.IsFinished)
            {
                return await FinishAsync(adapter, jobId, startedUtc, pump, ct).ConfigureAwait(false);
            }

            if (context.Now - startedUtc > bound)
            {
                return (await EndOverdueAsync(adapter, request.RunId, jobId, bound, ct).ConfigureAwait(false), context.Now);
            }

            await Task.Delay(context.Options.PollInterval, context.Options.Time, ct).ConfigureAwait(false);
        }
    }

    private async Task<(Envelope Envelope, DateTimeOffset EndedUtc)> FinishAsync(IJobAdapter adapter, string jobId, DateTimeOffset startedUtc,
                                                                                 JobEventPump pump, CancellationToken ct)
    {
        var envelope = await adapter.GetResultAsync(jobId, ct).ConfigureAwait(false);
        await pump.PumpAsync(ct).ConfigureAwait(false); // the last events, written just before the end
        return (envelope, await EndTimeAsync(adapter, jobId, startedUtc, ct).ConfigureAwait(false));
    }

    /// <summary>When the job stopped, if its adapter can tell (a job seen ended long after it died is not charged for the wait).</summary>
    private async Task<DateTimeOffset> EndTimeAsync(IJobAdapter adapter, string jobId, DateTimeOffset startedUtc, CancellationToken ct)
    {
        var now = context.Now;
        var ended = adapter is IJobEndTimeSource clock ? await clock.GetEndTimeAsync(jobId, ct).ConfigureAwait(false) : null;
        return ended is { } at && at < now ? (at > startedUtc ? at : startedUtc) : now;
    }

    /// <summary>Ends an attempt past its bound: the engine job is cancelled, and the envelope says timeout even if that fails.</summary>
    private async Task<Envelope> EndOverdueAsync(IJobAdapter adapter, string runId, string jobId, TimeSpan bound, CancellationToken ct)
    {
        try
        {
            await adapter.CancelAsync(jobId, ct).ConfigureAwait(false);
        }
        catch (KeiRuntimeException failure)
        {
            context.Options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{JobId}: cancelling the overdue job failed: {Code} {Reason}",
                jobId, failure.Code, failure.Reason);
        }

        return Envelope.Failure(runId, ErrorCodes.Timeout, $"The attempt ran past its bound of {bound}.");
    }

    private void LogIfChanged(StatusWatch watch, string runId, string jobId)
    {
        if (watch.Changed)
        {
            context.Options.Logger.Event(LogLevel.Information, RuntimeEvents.JobState, "{RunId} {JobId}: {State}", runId, jobId, watch.Last);
        }
    }

    private async Task<(JobStatus? Status, KeiRuntimeException? Failure)> QueryStatusAsync(IJobAdapter adapter, string jobId, CancellationToken ct)
    {
        try
        {
            return (await adapter.GetStatusAsync(jobId, ct).ConfigureAwait(false), null);
        }
        catch (KeiRuntimeException failure)
        {
            context.Options.Logger.Event(LogLevel.Warning, RuntimeEvents.ErrorAdapter, "{JobId}: state query failed: {Code}", jobId, failure.Code);
            return (null, failure);
        }
    }
}
