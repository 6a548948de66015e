using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class LauncherCodeFixTests
{
    private const string U = LauncherTest.Usings;

    [Fact]
    public Task KEI001_renames_to_SpawnManyAsync_keeping_comments() => LauncherTest.Create(new MapAsyncAnalyzer()).WithSource(U + """
        class Launch
        {
            async Task Run(JobLauncher launcher, GpuFunction fn, List<JobInputs> inputs)
            {
                // fan out over every input
                await foreach (Envelope e in launcher.[|MapAsync|](fn, inputs /* all of them */)) { }
            }
        }
        """).VerifyCodeFixAsync(new MapAsyncCodeFixProvider(), U + """
        class Launch
        {
            async Task Run(JobLauncher launcher, GpuFunction fn, List<JobInputs> inputs)
            {
                // fan out over every input
                await foreach (Envelope e in launcher.SpawnManyAsync(fn, inputs /* all of them */)) { }
            }
        }
        """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI001_fix_all(FixAllScope scope) => LauncherTest.Create(new MapAsyncAnalyzer())
        .WithSource(U + "class A { IAsyncEnumerable<Envelope> R(JobLauncher l, GpuFunction f, JobInputs[] i) => l.[|MapAsync|](f, i); IAsyncEnumerable<Envelope> S(JobLauncher l, GpuFunction f) => l.[|MapAsync|](f, []); }")
        .WithSource(U + "class B { IAsyncEnumerable<Envelope> R(JobLauncher l, GpuFunction f, JobInputs[] i) => l.[|MapAsync|](f, i); }")
        .VerifyFixAllAsync(
            new MapAsyncCodeFixProvider(),
            scope,
            U + "class A { IAsyncEnumerable<Envelope> R(JobLauncher l, GpuFunction f, JobInputs[] i) => l.SpawnManyAsync(f, i); IAsyncEnumerable<Envelope> S(JobLauncher l, GpuFunction f) => l.SpawnManyAsync(f, []); }",
            U + "class B { IAsyncEnumerable<Envelope> R(JobLauncher l, GpuFunction f, JobInputs[] i) => l.SpawnManyAsync(f, i); }");

    [Fact]
    public Task KEI002_inserts_the_commit_after_the_last_write_with_the_token_in_scope() => LauncherTest.Create(new VolumeCommitAnalyzer()).WithSource(U + """
        class Job
        {
            async Task Save(Volume volume, Checkpoint checkpoint, bool stop, CancellationToken token)
            {
                await [|volume.SaveCheckpointAsync(checkpoint)|]; // the model
                await [|volume.WriteTextAsync("metrics.json", "{}")|];
                if (stop) return;
                await volume.CommitAsync(token);
            }
        }
        """).VerifyCodeFixAsync(new VolumeCommitCodeFixProvider(), U + """
        class Job
        {
            async Task Save(Volume volume, Checkpoint checkpoint, bool stop, CancellationToken token)
            {
                await volume.SaveCheckpointAsync(checkpoint); // the model
                await volume.WriteTextAsync("metrics.json", "{}");
                await volume.CommitAsync(token);
                if (stop) return;
                await volume.CommitAsync(token);
            }
        }
        """);

    [Fact]
    public Task KEI002_without_a_token_commits_without_one_and_is_not_offered_outside_async() => LauncherTest.Create(new VolumeCommitAnalyzer()).WithSource(U + """
        class Job
        {
            async Task Save(Volume v)
            {
                await [|v.WriteTextAsync("a", "b")|];
            }

            Task Sync(Volume v) => [|v.WriteTextAsync("a", "b")|];
        }
        """).VerifyCodeFixAsync(new VolumeCommitCodeFixProvider(), U + """
        class Job
        {
            async Task Save(Volume v)
            {
                await v.WriteTextAsync("a", "b");
                await v.CommitAsync();
            }

            Task Sync(Volume v) => [|v.WriteTextAsync("a", "b")|];
        }
        """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI002_fix_all(FixAllScope scope) => LauncherTest.Create(new VolumeCommitAnalyzer()).WithSource(U + """
        class Job
        {
            async Task A(Volume v, CancellationToken ct)
            {
                await [|v.WriteTextAsync("a", "1", ct)|];
                await [|v.WriteTextAsync("b", "2", ct)|];
            }

            async Task B(Volume v)
            {
                await [|v.WriteTextAsync("c", "3")|];
            }
        }
        """).VerifyFixAllAsync(new VolumeCommitCodeFixProvider(), scope, U + """
        class Job
        {
            async Task A(Volume v, CancellationToken ct)
            {
                await v.WriteTextAsync("a", "1", ct);
                await v.WriteTextAsync("b", "2", ct);
                await v.CommitAsync(ct);
            }

            async Task B(Volume v)
            {
                await v.WriteTextAsync("c", "3");
                await v.CommitAsync();
            }
        }
        """);
}
