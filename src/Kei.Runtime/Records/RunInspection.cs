using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// A run as it stands, without taking part in it: the record's state once it ended, else the engine's state of the
/// current attempt and the last progress its log shows. Reading changes nothing (no ledger, no record), so a
/// status command may ask as often as it likes.
/// </summary>
public sealed record RunInspection(RunRecord Record, JobStatus State, JobProgress? Progress)
{
    /// <summary>Looks at a run through the adapter that runs its current attempt.</summary>
    public static async Task<RunInspection> InspectAsync(RunRecord record, IJobAdapter adapter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(adapter);
        if (record.IsFinished || record.Attempt?.EngineJobId is not { } jobId)
        {
            return new RunInspection(record, record.State, null);
        }

        var state = await adapter.GetStatusAsync(jobId, ct).ConfigureAwait(false);
        return new RunInspection(record, state, await LastProgressAsync(adapter, jobId, record.RunId, ct).ConfigureAwait(false));
    }

    /// <summary>The job's whole stderr log so far (complete lines), or null when the adapter cannot read it.</summary>
    public static async Task<string?> ReadLogAsync(IJobAdapter adapter, string jobId, CancellationToken ct = default)
    {
        return adapter is IJobLogReader reader
            ? (await JobLogReading.ReadToEndAsync(reader, jobId, 0, ct).ConfigureAwait(false)).Text
            : null;
    }

    private static async Task<JobProgress?> LastProgressAsync(IJobAdapter adapter, string jobId, string runId, CancellationToken ct)
    {
        var log = await ReadLogAsync(adapter, jobId, ct).ConfigureAwait(false) ?? string.Empty;
        var last = log.Split('\n').Reverse()
            .Select(line => JobEvent.TryParse(runId, line.Trim(), out var jobEvent) ? jobEvent : null)
            .FirstOrDefault(jobEvent => jobEvent is { Name: JobEvent.Progress, Step: not null, Total: not null });
        return last is null ? null : new JobProgress(last.Step!.Value, last.Total!.Value);
    }
}
