using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// A re-attached launcher's wait for its turn to drive a run. While another live process owns the run (holds its
/// owner lock), this one only watches: the record for the end, the current attempt's engine job for the call's
/// state, the job's log for events. When the owner is gone (it exited, crashed or was killed), the lock is free
/// and this launcher takes the run over; when the record says the run ended, the wait ends with its envelope.
/// </summary>
internal sealed class RunObserver
{
    private readonly RunContext context;
    private readonly RunRecorder recorder;
    private readonly RunTracker tracker;
    private readonly IReadOnlyCollection<string> secretValues;
    private JobEventPump? pump;

    public RunObserver(RunContext context, RunRecorder recorder, RunTracker tracker, IReadOnlyCollection<string> secretValues)
    {
        this.context = context;
        this.recorder = recorder;
        this.tracker = tracker;
        this.secretValues = secretValues;
    }

    /// <summary>The owner lock and the record as it stood when it was taken, or the envelope of a run that has ended.</summary>
    public async Task<(ExclusiveFileLock? Ownership, RunRecord Record)> WaitForTurnAsync(CancellationToken ct)
    {
        while (true)
        {
            var record = Read();
            if (!record.IsFinished && ExclusiveFileLock.TryAcquire(context.Store.OwnerLockPath(record.RunId)) is { } ownership)
            {
                var current = Read(); // the owner may have finished the run just before it let go
                if (!current.IsFinished)
                {
                    return (ownership, current);
                }

                ownership.Dispose();
                record = current;
            }

            if (record.IsFinished)
            {
                return (null, record);
            }

            await WatchAsync(record, ct).ConfigureAwait(false);
            await Task.Delay(context.Options.PollInterval, context.Options.Time, ct).ConfigureAwait(false);
        }
    }

    private async Task WatchAsync(RunRecord record, CancellationToken ct)
    {
        if (record.Attempt is not { EngineJobId: { } jobId } attempt)
        {
            return;
        }

        if (pump?.JobId != jobId)
        {
            var adapter = attempt.AdapterIn(context);
            tracker.SetEngineJob(adapter, jobId);
            pump = new JobEventPump(context, adapter, jobId, record.RunId, tracker, secretValues, catchUp: true);
        }

        await pump.PumpAsync(ct).ConfigureAwait(false);
    }

    private RunRecord Read() => recorder.Current()
        ?? throw new KeiRuntimeException(ErrorCodes.Inputs, $"No record of run {recorder.RunId} under '{context.Store.Root}'.");
}
