using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>
/// A real adapter whose results are replaced by a broken envelope, to prove the launcher's invariant checks:
/// no real engine returns a wrong run id or an escaping output on demand, so this one stand-in is needed.
/// With no replacement given, the job's own envelope gets an output path that climbs out of the write prefix.
/// </summary>
public sealed class EnvelopeRewritingAdapter : IJobAdapter
{
    private readonly IJobAdapter inner;
    private readonly Envelope? replacement;

    public EnvelopeRewritingAdapter(IJobAdapter inner, Envelope? replacement)
    {
        this.inner = inner;
        this.replacement = replacement;
    }

    public string Name => inner.Name;

    public Task<HealthReport> CheckHealthAsync(CancellationToken ct) => inner.CheckHealthAsync(ct);

    public Task<string> SubmitAsync(JobRequest request, CancellationToken ct) => inner.SubmitAsync(request, ct);

    public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct) => inner.GetStatusAsync(jobId, ct);

    public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
    {
        var real = await inner.GetResultAsync(jobId, ct);
        return replacement ?? Envelope.Create(real.Status, real.RunId,
            [.. real.Outputs, new EnvelopeOutput("../../etc/passwd")], real.IndexPath, real.Error, real.Meta);
    }

    public Task CancelAsync(string jobId, CancellationToken ct) => inner.CancelAsync(jobId, ct);
}
