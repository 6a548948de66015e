using System;
using System.Globalization;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Reaches a processor service at a base URL (a Modal web endpoint, the reference processor, any server honouring
/// the contract): <c>POST /jobs</c> → 202 <c>{"id"}</c>, <c>GET /jobs/{id}</c> → <c>{"state"}</c> (+ <c>envelope</c>
/// when finished), <c>DELETE /jobs/{id}</c>, <c>POST /run</c> (synchronous) and <c>GET /healthz</c> →
/// <c>{"ok":true}</c>, and <c>GET /jobs/{id}/log?offset=N</c> → <c>{"text","next"}</c> (the job's stderr, for its
/// progress events). Error mapping: see <c>HttpTransport</c>; health is probed with a bounded backoff. The processor
/// keeps its jobs whatever happens to the launcher, so any process can ask about them by id.
/// </summary>
public sealed class HttpEndpointAdapter : IJobAdapter, IJobLogReader, IDescribedAdapter, IDisposable
{
    private readonly HttpEndpointAdapterOptions options;
    private readonly HttpClient client;
    private readonly bool ownsClient;
    private readonly HttpTransport transport;

    /// <summary>Creates the adapter for a base URL (a trailing slash is added when missing).</summary>
    public HttpEndpointAdapter(Uri baseUri, HttpEndpointAdapterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        this.options = options ?? new HttpEndpointAdapterOptions();
        ownsClient = this.options.Client is null;
        client = this.options.Client ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        BaseUri = baseUri.AbsolutePath.EndsWith('/') ? baseUri : new UriBuilder(baseUri) { Path = baseUri.AbsolutePath + "/" }.Uri;
        transport = new HttpTransport(client, BaseUri, this.options.RequestTimeout);
    }

    /// <summary>The processor's base URL.</summary>
    public Uri BaseUri { get; }

    /// <inheritdoc/>
    public string Name => "http";

    /// <summary>Probes <c>GET /healthz</c> up to <see cref="HttpEndpointAdapterOptions.HealthProbes"/> times, waiting longer each time.</summary>
    public async Task<HealthReport> CheckHealthAsync(CancellationToken ct)
    {
        var delay = options.HealthInitialDelay;
        var report = HealthReport.Unhealthy(ErrorCodes.Health, "not probed");
        for (var probe = 1; probe <= Math.Max(1, options.HealthProbes); probe++)
        {
            report = await ProbeOnceAsync(ct).ConfigureAwait(false);
            if (report.IsHealthy || report.ErrorCode == ErrorCodes.EndpointMissing)
            {
                return report;
            }

            if (probe < options.HealthProbes)
            {
                await Task.Delay(delay, ct).ConfigureAwait(false);
                delay *= 2;
            }
        }

        return HealthReport.Unhealthy(ErrorCodes.Health, $"{BaseUri} is not healthy after {options.HealthProbes} probes: {report.Detail}");
    }

    /// <inheritdoc/>
    public async Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
    {
        var answer = await transport.SendAsync(HttpMethod.Post, "jobs", JobRequestJson.ToJson(request), ct).ConfigureAwait(false);
        return answer?["id"] is JsonValue id && id.TryGetValue(out string? text)
            ? text
            : throw new KeiRuntimeException(ErrorCodes.Internal, "POST /jobs answered without an 'id' string.");
    }

    /// <inheritdoc/>
    public async Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct)
    {
        var answer = await transport.SendAsync(HttpMethod.Get, JobPath(jobId), null, ct).ConfigureAwait(false);
        return JobStatusText.Parse((string?)answer?["state"]);
    }

    /// <summary>Asks for the job until it has finished, then returns the envelope the processor reports.</summary>
    public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
    {
        while (true)
        {
            var answer = await transport.SendAsync(HttpMethod.Get, JobPath(jobId), null, ct).ConfigureAwait(false);
            if (JobStatusText.IsFinished(JobStatusText.Parse((string?)answer?["state"])))
            {
                return ReadEnvelope(answer?["envelope"]);
            }

            await Task.Delay(options.PollInterval, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task CancelAsync(string jobId, CancellationToken ct) =>
        transport.SendAsync(HttpMethod.Delete, JobPath(jobId), null, ct);

    /// <summary>The job's stderr from <paramref name="offset"/>, through <c>GET /jobs/{id}/log</c>.</summary>
    public async Task<JobLogChunk> ReadLogAsync(string jobId, long offset, CancellationToken ct)
    {
        var path = JobPath(jobId) + "/log?offset=" + offset.ToString(CultureInfo.InvariantCulture);
        var answer = await transport.SendAsync(HttpMethod.Get, path, null, ct).ConfigureAwait(false);
        return answer?["next"] is JsonValue next && next.TryGetValue(out long nextOffset)
            ? new JobLogChunk((string?)answer["text"] ?? string.Empty, nextOffset)
            : throw new KeiRuntimeException(ErrorCodes.Internal, "GET /jobs/{id}/log answered without a 'next' offset.");
    }

    JsonObject IDescribedAdapter.Describe() => new() { ["name"] = Name, ["base_url"] = BaseUri.ToString() };

    /// <summary>Runs one attempt synchronously through <c>POST /run</c> and returns its envelope.</summary>
    public async Task<Envelope> RunAsync(JobRequest request, CancellationToken ct)
    {
        var answer = await transport.SendAsync(HttpMethod.Post, "run", JobRequestJson.ToJson(request), ct).ConfigureAwait(false);
        return ReadEnvelope(answer);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsClient)
        {
            client.Dispose();
        }
    }

    private async Task<HealthReport> ProbeOnceAsync(CancellationToken ct)
    {
        try
        {
            var answer = await transport.SendAsync(HttpMethod.Get, "healthz", null, ct).ConfigureAwait(false);
            return answer?["ok"] is JsonValue ok && ok.TryGetValue(out bool healthy) && healthy
                ? HealthReport.Healthy($"{BaseUri} answered ok")
                : HealthReport.Unhealthy(ErrorCodes.Health, "/healthz did not answer {\"ok\":true}");
        }
        catch (KeiRuntimeException failure)
        {
            options.Logger.Event(LogLevel.Debug, RuntimeEvents.AdapterHealthError, "Probe of {BaseUri} failed: {Code}", BaseUri, failure.Code);
            return HealthReport.Unhealthy(failure.Code == ErrorCodes.EndpointMissing ? failure.Code : ErrorCodes.Health, failure.Reason);
        }
    }

    private static string JobPath(string jobId) => "jobs/" + Uri.EscapeDataString(jobId);

    private static Envelope ReadEnvelope(JsonNode? node)
    {
        try
        {
            return Envelope.Parse(node?.ToJsonString() ?? throw new FormatException("the answer holds no envelope"));
        }
        catch (FormatException malformed)
        {
            throw new KeiRuntimeException(ErrorCodes.Internal, $"The endpoint answered a malformed envelope: {malformed.Message}");
        }
    }
}
