using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;

namespace RuleGallery.Adapter
{
    /// <summary>KEI020 (an adapter that retries) and KEI021 (an adapter that writes to stdout).</summary>
    internal sealed class GalleryAdapter : IJobAdapter
    {
        private readonly HttpClient http;
        private readonly Uri baseUri;

        public GalleryAdapter(HttpClient http, Uri baseUri)
        {
            this.http = http;
            this.baseUri = baseUri;
        }

        public string Name => "gallery";

        public Task<HealthReport> CheckHealthAsync(CancellationToken ct) => Task.FromResult(HealthReport.Healthy("gallery"));

        /// <summary>Retries here are invisible to the launcher's budget ledger: every attempt is billed, none counted.</summary>
        public async Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
        {
            while (true) // KEI020
            {
                try
                {
                    using var content = new StringContent(request.RunId);
                    HttpResponseMessage response = await http.PostAsync(new Uri(baseUri, "jobs"), content, ct);
                    return await response.Content.ReadAsStringAsync(ct);
                }
                catch (HttpRequestException failure)
                {
                    Console.WriteLine("submit failed, trying again: " + failure.Message); // KEI021
                }
            }
        }

        public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct) => throw new NotSupportedException("gallery");

        public Task<Envelope> GetResultAsync(string jobId, CancellationToken ct) => throw new NotSupportedException("gallery");

        public Task CancelAsync(string jobId, CancellationToken ct) => throw new NotSupportedException("gallery");
    }
}
