using System.Threading.Tasks;
using Kei.Analyzers.Launcher;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class WaitTimeoutAnalyzerTests
{
    private static Task Verify(string body) => LauncherTest.Source(new WaitTimeoutAnalyzer(), "class Wait\n{\n" + body + "\n}").VerifyAnalyzerAsync();

    [Fact]
    public Task No_null_or_infinite_timeout_fires() => Verify("""
        Task<Envelope> A(JobCall call) => call.[|GetAsync|]();
        Task<Envelope> B(JobCall call, CancellationToken ct) => call.[|GetAsync|](ct: ct);
        Task<Envelope> C(JobCall call) => call.[|GetAsync|](null);
        Task<Envelope> D(JobCall call) => call.[|GetAsync|](Timeout.InfiniteTimeSpan);
        Task<Envelope> E(JobCall call) => call.[|GetAsync|](TimeSpan.MaxValue);
        """);

    [Fact]
    public Task Finite_timeout_is_silent() => Verify("""
        Task<Envelope> A(JobCall call) => call.GetAsync(TimeSpan.FromHours(1));
        Task<Envelope> B(JobCall call, TimeSpan? given) => call.GetAsync(given);
        """);

    [Fact]
    public Task A_users_own_GetAsync_is_silent() => Verify("""
        sealed class Call { public Task<int> GetAsync(TimeSpan? timeout = null) => Task.FromResult(1); }
        Task<int> A(Call call) => call.GetAsync();
        """);

    [Fact]
    public Task Without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new WaitTimeoutAnalyzer(), """
        sealed class JobCall { public int GetAsync(System.TimeSpan? timeout = null) => 1; }
        class Wait { int A(JobCall call) => call.GetAsync(); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new WaitTimeoutAnalyzer(), """
        class Wait { Task<Envelope> A(JobCall call) => call.GetAsync(TimeSpan.From; }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();
}
