using System;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// A user adapter (an <c>IJobAdapter</c> over HTTP and a process): the adapter-contract rules look at every type that
/// implements the interface. Some carry the mistakes the rules name (console output, URL concatenation).
/// </summary>
internal static class AdapterSnippets
{
    public static string Adapter(Random random, int index)
    {
        bool violate = random.Next(4) == 0;
        string log = violate ? "Console.WriteLine(\"submitted \" + request.RunId);" : "submitted.Add(request.RunId);";
        string url = violate ? "new Uri(baseUri + \"jobs/\" + jobId)" : "new Uri(baseUri, \"jobs/\" + Uri.EscapeDataString(jobId))";
        return Opening(index) + "\n\n" + Submit(log) + "\n\n" + Queries(url) + "\n}";
    }

    /// <summary>The class up to its health check: fields, constructor, name.</summary>
    private static string Opening(int index) => $$"""
        public sealed class HttpAdapter{{index}} : IJobAdapter
        {
            private readonly HttpClient client;
            private readonly Uri baseUri;
            private readonly List<string> submitted = new List<string>();

            public HttpAdapter{{index}}(HttpClient client, Uri baseUri)
            {
                this.client = client;
                this.baseUri = baseUri;
            }

            public string Name => "http-{{index}}";

            public async Task<HealthReport> CheckHealthAsync(CancellationToken ct)
            {
                using HttpResponseMessage response = await client.GetAsync(new Uri(baseUri, "health"), ct);
                return response.IsSuccessStatusCode ? HealthReport.Healthy("ok") : HealthReport.Unhealthy("ERR_HEALTH", "status " + (int)response.StatusCode);
            }
        """;

    /// <summary>Submission; <paramref name="log"/> is where the submission is recorded (the console, in a violating adapter).</summary>
    private static string Submit(string log) => $$"""
            public async Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
            {
                using var content = new StringContent(request.Inputs.Json);
                using HttpResponseMessage response = await client.PostAsync(new Uri(baseUri, "jobs"), content, ct);
                {{log}}
                return await response.Content.ReadAsStringAsync(ct);
            }
        """;

    /// <summary>Status, result and cancellation: the adapter's read side and its process call.</summary>
    private static string Queries(string url) => $$"""
            public async Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct)
            {
                string text = await client.GetStringAsync({{url}}, ct);
                return Enum.TryParse(text, ignoreCase: true, out JobStatus status) ? status : JobStatus.Lost;
            }

            public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
            {
                string json = await client.GetStringAsync(new Uri(baseUri, "jobs/" + Uri.EscapeDataString(jobId) + "/result"), ct);
                return json.Length == 0 ? Envelope.Failure(jobId, "ERR_LOST", "no result") : Envelope.Parse(json);
            }

            public async Task CancelAsync(string jobId, CancellationToken ct)
            {
                var start = new ProcessStartInfo("scancel") { RedirectStandardOutput = true };
                start.ArgumentList.Add(jobId);
                using Process? process = Process.Start(start);
                if (process != null)
                {
                    await process.WaitForExitAsync(ct);
                }
            }
        """;
}
