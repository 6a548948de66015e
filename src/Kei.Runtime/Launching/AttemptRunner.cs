using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// One attempt of a run: cost guard and reservation (on the launcher's adapter or, in auto mode, the fallback),
/// health, submission, following the job, and settlement of the reservation to what ran, however the attempt
/// ends. An attempt another process submitted is adopted: followed from its recorded start, then settled.
/// Every failure becomes an error envelope with its stable code; only cancellation escapes.
/// </summary>
internal sealed class AttemptRunner
{
    private readonly RunContext context;
    private readonly AttemptFollower follower;

    public AttemptRunner(RunContext context)
    {
        this.context = context;
        follower = new AttemptFollower(context);
    }

    public async Task<Envelope> RunAsync(JobRequest request, RunTracker tracker, RunRecorder recorder, CancellationToken ct)
    {
        var budget = context.Guard.DecideAndReserve(request.Function, request);
        if (!budget.IsAllowed)
        {
            return Envelope.Failure(request.RunId, ErrorCodes.Budget, budget.Decision.Reason);
        }

        var attempt = budget.ToAttempt(request.Attempt);
        RaiseFallback(request.RunId, attempt);
        DateTimeOffset? ended = null;
        try
        {
            if (await UnhealthyAsync(attempt, request.RunId, ct).ConfigureAwait(false) is { } unhealthy)
            {
                return unhealthy;
            }

            recorder.AttemptStarting(attempt);
            attempt = await SubmitAsync(request, attempt, tracker, recorder, ct).ConfigureAwait(false);
            (var envelope, ended) = await FollowAsync(attempt, request, tracker, catchUp: false, ct).ConfigureAwait(false);
            return envelope;
        }
        finally
        {
            Settle(attempt, ended);
        }
    }

    /// <summary>Settles an attempt to the time its job ran: from its submission to its end (now, when not known).</summary>
    public void Settle(RunAttempt attempt, DateTimeOffset? ended) =>
        context.Guard.Settle(attempt, attempt.StartedUtc is { } started ? (ended ?? context.Now) - started : TimeSpan.Zero);

    /// <summary>Follows an attempt submitted earlier (by this run's launcher in another process) and settles it.</summary>
    public async Task<Envelope> AdoptAsync(RunAttempt attempt, JobRequest request, RunTracker tracker, CancellationToken ct)
    {
        DateTimeOffset? ended = null;
        try
        {
            if (attempt.EngineJobId is not { } jobId)
            {
                return Envelope.Failure(request.RunId, ErrorCodes.Internal, "The launcher stopped before the attempt was submitted.");
            }

            tracker.SetEngineJob(attempt.AdapterIn(context), jobId);
            context.Options.Logger.Event(LogLevel.Information, RuntimeEvents.JobAttach, "{RunId}: re-attached to attempt {Attempt}, {Adapter} job {JobId}",
                request.RunId, attempt.Number, attempt.Adapter, jobId);
            (var envelope, ended) = await FollowAsync(attempt, request, tracker, catchUp: true, ct).ConfigureAwait(false);
            return envelope;
        }
        finally
        {
            Settle(attempt, ended);
        }
    }

    private async Task<RunAttempt> SubmitAsync(JobRequest request, RunAttempt attempt, RunTracker tracker, RunRecorder recorder, CancellationToken ct)
    {
        var adapter = attempt.AdapterIn(context);
        var jobId = await adapter.SubmitAsync(request, ct).ConfigureAwait(false);
        var submitted = attempt with { EngineJobId = jobId, StartedUtc = context.Now };
        recorder.AttemptSubmitted(submitted);
        tracker.SetEngineJob(adapter, jobId);
        context.Options.Logger.Event(LogLevel.Information, RuntimeEvents.JobSubmit, "{RunId} attempt {Attempt} submitted to {Adapter} as {JobId}",
            request.RunId, request.Attempt, adapter.Name, jobId);
        return submitted;
    }

    private async Task<(Envelope Envelope, DateTimeOffset EndedUtc)> FollowAsync(RunAttempt attempt, JobRequest request, RunTracker tracker,
                                                                                  bool catchUp, CancellationToken ct)
    {
        var (envelope, ended) = await follower.FollowAsync(attempt.AdapterIn(context), attempt.EngineJobId!, request,
            attempt.StartedUtc ?? context.Now, tracker, catchUp, ct).ConfigureAwait(false);
        return (AttemptBudget.Annotate(envelope, attempt.Adapter, attempt.FallbackReason), ended);
    }

    private void RaiseFallback(string runId, RunAttempt attempt)
    {
        if (attempt.FallbackReason is { } reason)
        {
            var json = CanonicalJson.Serialize(new System.Text.Json.Nodes.JsonObject
            {
                ["adapter"] = attempt.Adapter, ["event"] = JobEvent.Fallback, ["reason"] = reason,
            });
            context.Raise(new JobEvent(runId, JobEvent.Fallback, null, null, json));
        }
    }

    /// <summary>The error envelope of an engine that fails its health check, or null when it is healthy.</summary>
    private async Task<Envelope?> UnhealthyAsync(RunAttempt attempt, string runId, CancellationToken ct)
    {
        var health = await attempt.AdapterIn(context).CheckHealthAsync(ct).ConfigureAwait(false);
        if (health.IsHealthy)
        {
            context.Options.Logger.Event(LogLevel.Information, RuntimeEvents.AdapterHealthOk, "{Adapter}: {Detail}", attempt.Adapter, health.Detail);
            return null;
        }

        context.Options.Logger.Event(LogLevel.Error, RuntimeEvents.AdapterHealthError, "{Adapter}: {Code} {Detail}", attempt.Adapter, health.ErrorCode, health.Detail);
        return Envelope.Failure(runId, health.ErrorCode ?? ErrorCodes.Health, health.Detail);
    }
}
