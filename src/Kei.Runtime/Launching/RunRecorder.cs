using System;

namespace Kei.Runtime;

/// <summary>Keeps one run's record in step with the run: each attempt as it starts and is submitted, a stop, the end.</summary>
internal sealed class RunRecorder
{
    private readonly RunContext context;

    public RunRecorder(RunContext context, string runId)
    {
        this.context = context;
        RunId = runId;
    }

    public string RunId { get; }

    public RunRecord? Current() => context.Store.Read(RunId);

    public void Create(JobRequest request, IJobAdapter adapter)
    {
        var now = context.Now;
        context.Store.Create(new RunRecord
        {
            RunId = RunId,
            FunctionName = request.Function.Name,
            Detach = request.Function.Detach,
            RequestJson = CanonicalJson.Serialize(JobRequestJson.ToJson(request)),
            AdapterJson = CanonicalJson.Serialize(JobAdapters.Describe(adapter)),
            FallbackJson = context.Options.Fallback is { } fallback ? CanonicalJson.Serialize(JobAdapters.Describe(fallback)) : null,
            LauncherDirectory = System.IO.Directory.GetCurrentDirectory(),
            LedgerPath = context.Guard.Ledger.Path,
            CreatedUtc = now,
            UpdatedUtc = now,
        });
    }

    public void AttemptStarting(RunAttempt attempt) => Update(record => record with { Attempt = attempt, State = JobStatus.Pending });

    public void AttemptSubmitted(RunAttempt attempt) => Update(record => record with { Attempt = attempt, State = JobStatus.Running });

    public void RequestStop(string reason) => Update(record => record.IsFinished ? record : record with { StopReason = reason });

    public void Finished(Envelope envelope) => Update(record => record with
    {
        State = envelope.FinalStatus,
        EnvelopeJson = envelope.ToCanonicalJson(),
    });

    private void Update(Func<RunRecord, RunRecord> change) => context.Store.Update(RunId, change, context.Now);
}
