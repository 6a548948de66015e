using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// One attempt of a run: cost guard and reservation, health, submission, waiting within the attempt's bound,
/// and the result. Every failure becomes an error envelope with its stable code; only cancellation escapes.
/// </summary>
internal sealed class AttemptRunner
{
    private readonly IJobAdapter adapter;
    private readonly JobLauncherOptions options;
    private readonly CostGuard costGuard;

    public AttemptRunner(IJobAdapter adapter, JobLauncherOptions options, CostGuard costGuard)
    {
        this.adapter = adapter;
        this.options = options;
        this.costGuard = costGuard;
    }

    public async Task<Envelope> RunAsync(JobRequest request, RunTracker tracker, CancellationToken ct)
    {
        var decision = costGuard.DecideAndReserve(request.Function, request.RunId, request.Attempt);
        if (!decision.IsAllowed)
        {
            return Envelope.Failure(request.RunId, ErrorCodes.Budget, decision.Reason);
        }

        var health = await adapter.CheckHealthAsync(ct).ConfigureAwait(false);
        LogHealth(health);
        if (!health.IsHealthy)
        {
            return Envelope.Failure(request.RunId, health.ErrorCode ?? ErrorCodes.Health, health.Detail);
        }

        var jobId = await adapter.SubmitAsync(request, ct).ConfigureAwait(false);
        tracker.SetEngineJob(jobId);
        options.Logger.Event(LogLevel.Information, RuntimeEvents.JobSubmit, "{RunId} attempt {Attempt} submitted to {Adapter} as {JobId}",
            request.RunId, request.Attempt, adapter.Name, jobId);
        return await WaitForResultAsync(request, jobId, ct).ConfigureAwait(false);
    }

    private async Task<Envelope> WaitForResultAsync(JobRequest request, string jobId, CancellationToken ct)
    {
        var bound = request.Function.Timeout + options.TimeoutGrace;
        var started = options.Time.GetTimestamp();
        var watch = new StatusWatch(options.StatusFailureLimit);
        while (true)
        {
            var (status, failure) = await QueryStatusAsync(jobId, ct).ConfigureAwait(false);
            if (watch.Observe(status, failure) is { } lostContact)
            {
                return Envelope.Failure(request.RunId, lostContact.Code, $"Lost contact with the job: {lostContact.Reason}");
            }

            LogIfChanged(watch, request.RunId, jobId);
            if (watch.IsFinished)
            {
                return await adapter.GetResultAsync(jobId, ct).ConfigureAwait(false);
            }

            if (options.Time.GetElapsedTime(started) > bound)
            {
                return await EndOverdueAsync(request.RunId, jobId, bound, ct).ConfigureAwait(false);
            }

            await Task.Delay(options.PollInterval, options.Time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Ends an attempt past its bound: the engine job is cancelled, and the envelope says timeout even if that fails.</summary>
    private async Task<Envelope> EndOverdueAsync(string runId, string jobId, TimeSpan bound, CancellationToken ct)
    {
        try
        {
            await adapter.CancelAsync(jobId, ct).ConfigureAwait(false);
        }
        catch (KeiRuntimeException failure)
        {
            options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{JobId}: cancelling the overdue job failed: {Code} {Reason}",
                jobId, failure.Code, failure.Reason);
        }

        return Envelope.Failure(runId, ErrorCodes.Timeout, $"The attempt ran past its bound of {bound}.");
    }

    private void LogIfChanged(StatusWatch watch, string runId, string jobId)
    {
        if (watch.Changed)
        {
            options.Logger.Event(LogLevel.Information, RuntimeEvents.JobState, "{RunId} {JobId}: {State}", runId, jobId, watch.Last);
        }
    }

    private async Task<(JobStatus? Status, KeiRuntimeException? Failure)> QueryStatusAsync(string jobId, CancellationToken ct)
    {
        try
        {
            return (await adapter.GetStatusAsync(jobId, ct).ConfigureAwait(false), null);
        }
        catch (KeiRuntimeException failure)
        {
            options.Logger.Event(LogLevel.Warning, RuntimeEvents.ErrorAdapter, "{JobId}: state query failed: {Code}", jobId, failure.Code);
            return (null, failure);
        }
    }

    private void LogHealth(HealthReport health)
    {
        if (health.IsHealthy)
        {
            options.Logger.Event(LogLevel.Information, RuntimeEvents.AdapterHealthOk, "{Adapter}: {Detail}", adapter.Name, health.Detail);
        }
        else
        {
            options.Logger.Event(LogLevel.Error, RuntimeEvents.AdapterHealthError, "{Adapter}: {Code} {Detail}", adapter.Name, health.ErrorCode, health.Detail);
        }
    }
}
