using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// The attempts of one run, in order: the first may be adopted (a re-attached launcher follows the attempt the
/// record names), each next one is checked (a stop asked from another process, the secrets a new submission needs),
/// resumed from the latest committed checkpoint and run. Every outcome is an envelope the retry pipeline judges.
/// </summary>
internal sealed class AttemptSequence
{
    private readonly RunContext context;
    private readonly AttemptRunner runner;
    private readonly JobRequest baseRequest;
    private readonly RunRecorder recorder;
    private readonly RunTracker tracker;
    private RunAttempt? adopted;
    private int made;

    public AttemptSequence(RunContext context, JobRequest baseRequest, RunRecorder recorder, RunTracker tracker)
    {
        this.context = context;
        runner = new AttemptRunner(context);
        this.baseRequest = baseRequest;
        this.recorder = recorder;
        this.tracker = tracker;
    }

    /// <summary>The number of the next attempt the pipeline runs (the retry budget counts from it).</summary>
    public int FirstNumber => adopted?.Number ?? made + 1;

    /// <summary>Goes on from a recorded attempt: it is followed first, and numbering continues after it.</summary>
    public void ContinueFrom(RunAttempt? attempt)
    {
        adopted = attempt;
        made = attempt?.Number ?? 0;
    }

    /// <summary>
    /// Settles an adopted attempt that was never followed (the run was stopped before the pipeline got to it), so its
    /// reservation does not hold the day's budget: the engine job was cancelled with the run.
    /// </summary>
    public void SettleUnfollowed()
    {
        if (Interlocked.Exchange(ref adopted, null) is { } attempt)
        {
            runner.Settle(attempt, ended: null);
        }
    }

    public async Task<Envelope> NextAsync(CancellationToken ct)
    {
        try
        {
            var envelope = adopted is { } attempt ? await AdoptAsync(attempt, ct).ConfigureAwait(false)
                : await SubmitNextAsync(Interlocked.Increment(ref made), ct).ConfigureAwait(false);
            return EnvelopeInvariants.Enforce(envelope, baseRequest.RunId);
        }
        catch (KeiRuntimeException failure)
        {
            return Envelope.Failure(baseRequest.RunId, failure.Code, failure.Reason);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Envelope.Failure(baseRequest.RunId, ErrorCodes.Internal, $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private Task<Envelope> AdoptAsync(RunAttempt attempt, CancellationToken ct)
    {
        if (Interlocked.CompareExchange(ref adopted, null, attempt) != attempt)
        {
            throw new OperationCanceledException(ct); // settled as unfollowed: the run was stopped meanwhile
        }

        return runner.AdoptAsync(attempt, RequestFor(attempt.Number, null), tracker, ct);
    }

    private async Task<Envelope> SubmitNextAsync(int attempt, CancellationToken ct)
    {
        var runId = baseRequest.RunId;
        if (recorder.Current()?.StopReason is { } reason)
        {
            return Envelope.Failure(runId, ErrorCodes.Cancelled, reason); // a person stopped the run from another process
        }

        if (baseRequest.Function.Secrets.FirstOrDefault(name => !baseRequest.SecretValues.ContainsKey(name)) is { } missing)
        {
            return Envelope.Failure(runId, ErrorCodes.MissingSecret, $"Required secret {missing} is not set (an environment variable of the launcher).");
        }

        var resumeStep = context.Options.CheckpointVolume is { } volume
            ? (await volume.LoadLatestCheckpointAsync(ct).ConfigureAwait(false))?.Step
            : null;
        return await runner.RunAsync(RequestFor(attempt, resumeStep), tracker, recorder, ct).ConfigureAwait(false);
    }

    private JobRequest RequestFor(int attempt, long? resumeStep) =>
        new(baseRequest.RunId, baseRequest.Function, baseRequest.Inputs, attempt, resumeStep, baseRequest.SecretValues);
}
