namespace Kei.Analyzers.Tests.Constructs;

/// <summary>Source pieces the construct tests share.</summary>
internal static class ConstructSources
{
    /// <summary>The required members of a GpuFunction initializer; tests write <c>HEAD</c> where it goes.</summary>
    public const string FunctionHead = "Name = \"t\", Image = \"i\", Command = new[] { \"x\" }";

    /// <summary>The usings of the adapter rules' sources (after <c>LauncherTest.Usings</c>).</summary>
    public const string AdapterUsings = "using System.Diagnostics; using System.Linq; using System.Net.Http; using System.Text;\n";

    /// <summary>A body with <c>HEAD</c> replaced by <see cref="FunctionHead"/>.</summary>
    public static string WithFunctionHead(string body) => body.Replace("HEAD", FunctionHead, System.StringComparison.Ordinal);

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
