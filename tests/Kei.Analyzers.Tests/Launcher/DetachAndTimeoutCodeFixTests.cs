using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class DetachAndTimeoutCodeFixTests
{
    private const string U = LauncherTest.Usings;

    [Fact]
    public Task KEI004_detach_false_fires_and_true_or_unset_is_silent() => LauncherTest.Source(new DetachAnalyzer(), """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, [|Detach = false|] };
            GpuFunction b = new GpuFunction { Name = "b", Image = "i", Command = new[] { "x" }, Detach = true };
            GpuFunction c = new GpuFunction { Name = "c", Image = "i", Command = new[] { "x" } };
            GpuFunction d(GpuFunction f) => f with { [|Detach = false|] };
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI004_sets_detach_true_keeping_comments() => LauncherTest.Create(new DetachAnalyzer()).WithSource(U + """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, [|Detach = /* for now */ false|] };
        }
        """).VerifyCodeFixAsync(new DetachCodeFixProvider(), U + """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, Detach = /* for now */ true };
        }
        """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI004_fix_all(FixAllScope scope) => LauncherTest.Create(new DetachAnalyzer())
        .WithSource(U + "class A { GpuFunction a = new GpuFunction { Name = \"a\", Image = \"i\", Command = new[] { \"x\" }, [|Detach = false|] }; GpuFunction b(GpuFunction f) => f with { [|Detach = false|] }; }")
        .VerifyFixAllAsync(new DetachCodeFixProvider(), scope, U + "class A { GpuFunction a = new GpuFunction { Name = \"a\", Image = \"i\", Command = new[] { \"x\" }, Detach = true }; GpuFunction b(GpuFunction f) => f with { Detach = true }; }");

    [Fact]
    public Task KEI013_adds_or_replaces_the_timeout() => LauncherTest.Create(new WaitTimeoutAnalyzer()).WithSource(U + """
        class Wait
        {
            Task<Envelope> A(JobCall call) => call.[|GetAsync|]();
            Task<Envelope> B(JobCall call, CancellationToken token) => call.[|GetAsync|](ct: token);
            Task<Envelope> C(JobCall call) => call.[|GetAsync|](/* forever */ null);
            Task<Envelope> D(JobCall call, CancellationToken token) => call.[|GetAsync|](ct: token, timeout: Timeout.InfiniteTimeSpan);
        }
        """).VerifyCodeFixAsync(new WaitTimeoutCodeFixProvider(), U + """
        class Wait
        {
            Task<Envelope> A(JobCall call) => call.GetAsync(TimeSpan.FromHours(1));
            Task<Envelope> B(JobCall call, CancellationToken token) => call.GetAsync(TimeSpan.FromHours(1), ct: token);
            Task<Envelope> C(JobCall call) => call.GetAsync(/* forever */ TimeSpan.FromHours(1));
            Task<Envelope> D(JobCall call, CancellationToken token) => call.GetAsync(ct: token, timeout: TimeSpan.FromHours(1));
        }
        """);

    [Fact]
    public Task KEI013_qualifies_TimeSpan_without_using_System() => LauncherTest.Create(new WaitTimeoutAnalyzer()).WithSource("""
        class Wait { System.Threading.Tasks.Task<Kei.Runtime.Envelope> A(Kei.Runtime.JobCall call) => call.[|GetAsync|](); }
        """).VerifyCodeFixAsync(new WaitTimeoutCodeFixProvider(), """
        class Wait { System.Threading.Tasks.Task<Kei.Runtime.Envelope> A(Kei.Runtime.JobCall call) => call.GetAsync(System.TimeSpan.FromHours(1)); }
        """);

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI013_fix_all(FixAllScope scope) => LauncherTest.Create(new WaitTimeoutAnalyzer())
        .WithSource(U + "class A { Task<Envelope> R(JobCall c) => c.[|GetAsync|](); Task<Envelope> S(JobCall c) => c.[|GetAsync|](null); }")
        .WithSource(U + "class B { Task<Envelope> R(JobCall c) => c.[|GetAsync|](); }")
        .VerifyFixAllAsync(
            new WaitTimeoutCodeFixProvider(),
            scope,
            U + "class A { Task<Envelope> R(JobCall c) => c.GetAsync(TimeSpan.FromHours(1)); Task<Envelope> S(JobCall c) => c.GetAsync(TimeSpan.FromHours(1)); }",
            U + "class B { Task<Envelope> R(JobCall c) => c.GetAsync(TimeSpan.FromHours(1)); }");

    [Fact]
    public Task KEI004_a_users_own_GpuFunction_with_Detach_false_is_silent() => LauncherTest.Source(new DetachAnalyzer(), """
        namespace Mine { sealed class GpuFunction { public bool Detach { get; set; } } }
        class Launch { Mine.GpuFunction a = new Mine.GpuFunction { Detach = false }; }
        """).VerifyAnalyzerAsync();
}
