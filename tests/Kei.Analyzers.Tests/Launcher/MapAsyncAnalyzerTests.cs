using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class MapAsyncAnalyzerTests
{
    private const string Launch = """
        class Launch
        {
            async Task Run(JobLauncher launcher, GpuFunction fn, List<JobInputs> inputs)
            {
                await foreach (Envelope e in launcher.{|KEI001:MapAsync|}(fn, inputs)) { }
            }
        }
        """;

    [Fact]
    public Task MapAsync_call_fires_on_the_method_name() => LauncherTest.Source(new MapAsyncAnalyzer(), Launch).VerifyAnalyzerAsync();

    [Fact]
    public Task Method_group_of_MapAsync_fires() => LauncherTest.Source(new MapAsyncAnalyzer(), """
        class Launch
        {
            object Pick(JobLauncher launcher) => (Func<GpuFunction, IEnumerable<JobInputs>, CancellationToken, IAsyncEnumerable<Envelope>>)launcher.[|MapAsync|];
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task SpawnManyAsync_is_silent() => LauncherTest.Source(new MapAsyncAnalyzer(), Launch.Replace("{|KEI001:MapAsync|}", "SpawnManyAsync")).VerifyAnalyzerAsync();

    [Fact]
    public Task A_users_own_MapAsync_is_silent() => LauncherTest.Source(new MapAsyncAnalyzer(), """
        class Batch { public IAsyncEnumerable<int> MapAsync(int[] items) => throw null!; }
        class Launch
        {
            async Task Run(Batch batch) { await foreach (int i in batch.MapAsync(new[] { 1 })) { } }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new MapAsyncAnalyzer(), """
        namespace Kei.Runtime2 { class JobLauncher { public void MapAsync() { } } }
        class Launch { void Run(Kei.Runtime2.JobLauncher l) => l.MapAsync(); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new MapAsyncAnalyzer(), """
        class Launch
        {
            async Task Run(JobLauncher launcher) { await foreach (var e in launcher.MapAsync( }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();

    /// <summary>The official verifier used directly, with the launcher configuration (Kei.Runtime, net10.0) applied to it.</summary>
    [Fact]
    public Task The_official_analyzer_test_takes_the_launcher_configuration()
        => LauncherTest.Create().ApplyTo(new CSharpAnalyzerTest<MapAsyncAnalyzer, DefaultVerifier> { TestCode = LauncherTest.Usings + Launch })
            .RunAsync(TestContext.Current.CancellationToken);
}
