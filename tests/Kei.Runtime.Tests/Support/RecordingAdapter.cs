using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>
/// Wraps a real adapter and records what reached the engine (submissions with their time, results, cancels).
/// Not a mock: every call goes through to the real adapter (its log too, so the launcher sees the job's events).
/// </summary>
public sealed class RecordingAdapter : IJobAdapter, IJobLogReader
{
    private readonly IJobAdapter inner;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public RecordingAdapter(IJobAdapter inner) => this.inner = inner;

    public ConcurrentQueue<(string JobId, TimeSpan At)> Submissions { get; } = new();

    public ConcurrentQueue<(string JobId, TimeSpan At)> Results { get; } = new();

    public ConcurrentQueue<string> Cancels { get; } = new();

    public string Name => inner.Name;

    public Task<HealthReport> CheckHealthAsync(CancellationToken ct) => inner.CheckHealthAsync(ct);

    public async Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
    {
        var at = clock.Elapsed;
        var jobId = await inner.SubmitAsync(request, ct);
        Submissions.Enqueue((jobId, at));
        return jobId;
    }

    public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct) => inner.GetStatusAsync(jobId, ct);

    public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
    {
        var envelope = await inner.GetResultAsync(jobId, ct);
        Results.Enqueue((jobId, clock.Elapsed));
        return envelope;
    }

    public Task<JobLogChunk> ReadLogAsync(string jobId, long offset, CancellationToken ct) =>
        ((IJobLogReader)inner).ReadLogAsync(jobId, offset, ct);

    public Task CancelAsync(string jobId, CancellationToken ct)
    {
        Cancels.Enqueue(jobId);
        return inner.CancelAsync(jobId, ct);
    }
}
