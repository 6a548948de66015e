using System.Threading.Tasks;
using Kei.Analyzers.Launcher;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class StopConfirmationAnalyzerTests
{
    private static Task Verify(string body) => LauncherTest.Source(new StopConfirmationAnalyzer(), "class Stop\n{\n" + body + "\n}").VerifyAnalyzerAsync();

    [Fact]
    public Task Default_confirmation_fires() => Verify("""
        Task A(JobCall call) => call.CancelAsync([|default|]);
        Task B(JobCall call) => call.CancelAsync([|default(StopConfirmation)|], CancellationToken.None);
        Task C(JobCall call) => call.CancelAsync([|new StopConfirmation()|]);
        """);

    [Fact]
    public Task Constant_phrase_fires_inline_and_through_a_local() => Verify("""
        Task A(JobCall call) => call.CancelAsync([|StopConfirmation.FromUser("yes, stop it")|]);
        Task B(JobCall call) => call.CancelAsync([|StopConfirmation.FromUser(StopConfirmation.Phrase)|]);
        async Task C(JobCall call)
        {
            var confirmation = StopConfirmation.FromUser("yes, stop it");
            await call.CancelAsync([|confirmation|]);
        }
        """);

    [Fact]
    public Task Typed_phrase_is_silent() => Verify("""
        Task A(JobCall call) => call.CancelAsync(StopConfirmation.FromUser(Console.ReadLine() ?? ""));
        Task B(JobCall call, StopConfirmation given) => call.CancelAsync(given);
        """);

    [Fact]
    public Task An_adapters_own_CancelAsync_taking_a_confirmation_is_checked() => Verify("""
        abstract class ConfirmingAdapter : IJobAdapter
        {
            public abstract string Name { get; }
            public abstract Task<HealthReport> CheckHealthAsync(CancellationToken ct);
            public abstract Task<string> SubmitAsync(JobRequest request, CancellationToken ct);
            public abstract Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct);
            public abstract Task<Envelope> GetResultAsync(string jobId, CancellationToken ct);
            public abstract Task CancelAsync(string jobId, CancellationToken ct);
            public abstract Task CancelAsync(string jobId, StopConfirmation confirmation, CancellationToken ct = default);
        }
        Task A(ConfirmingAdapter adapter) => adapter.CancelAsync("job-1", [|default(StopConfirmation)|]);
        Task B(ConfirmingAdapter adapter) => adapter.CancelAsync("job-1", CancellationToken.None);
        """);

    [Fact]
    public Task A_users_own_CancelAsync_is_silent() => Verify("""
        sealed class Call { public Task CancelAsync(StopConfirmation c) => Task.CompletedTask; }
        Task A(Call call) => call.CancelAsync(default);
        """);

    [Fact]
    public Task Without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new StopConfirmationAnalyzer(), """
        struct StopConfirmation { }
        sealed class JobCall { public void CancelAsync(StopConfirmation c) { } }
        class Stop { void A(JobCall call) => call.CancelAsync(default); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new StopConfirmationAnalyzer(), """
        class Stop { Task A(JobCall call) => call.CancelAsync(StopConfirmation.FromUser(; }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();
}
