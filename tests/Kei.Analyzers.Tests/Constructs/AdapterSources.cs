namespace Kei.Analyzers.Tests.Constructs;

/// <summary>Sources for the adapter rules' construct tests: an IJobAdapter whose interface members are stubs.</summary>
internal static class AdapterSources
{
    public const string Usings = "using System.Diagnostics; using System.Linq; using System.Net.Http; using System.Text;\n";

    /// <summary>A (partial, when asked) class implementing IJobAdapter with <paramref name="members"/> added.</summary>
    public static string Adapter(string name, string members, bool partial = false) => $$"""
        {{(partial ? "partial " : string.Empty)}}class {{name}} : IJobAdapter
        {
            public string Name => "{{name}}";
            public Task<HealthReport> CheckHealthAsync(CancellationToken ct) => throw new NotImplementedException();
            public Task<string> SubmitAsync(JobRequest request, CancellationToken ct) => throw new NotImplementedException();
            public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct) => throw new NotImplementedException();
            public Task<Envelope> GetResultAsync(string jobId, CancellationToken ct) => throw new NotImplementedException();
            public Task CancelAsync(string jobId, CancellationToken ct) => throw new NotImplementedException();
        {{members}}
        }

        """;
}
