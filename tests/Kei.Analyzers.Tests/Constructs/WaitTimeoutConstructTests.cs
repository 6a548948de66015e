using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI013 over the constructs that can carry the timeout of a wait on a job (docs/rules/KEI013.md).</summary>
public sealed class WaitTimeoutConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new WaitTimeoutAnalyzer(), body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_and_a_left_out_default_are_read() => Verify("""
        class Wait
        {
            Task<Envelope> A(JobCall call, CancellationToken ct) => call.[|GetAsync|](ct: ct, timeout: null);
            Task<Envelope> B(JobCall call, CancellationToken ct) => call.[|GetAsync|](ct: ct);
            Task<Envelope> C(JobCall call, CancellationToken ct) => call.GetAsync(ct: ct, timeout: TimeSpan.FromHours(1));
        }
        """);

    [Fact]
    public Task A_method_group_is_not_followed() => Verify("""
        class Wait
        {
            Func<TimeSpan?, CancellationToken, Task<Envelope>> A(JobCall call) => call.GetAsync;
            Task<Envelope> B(JobCall call) => call.[|GetAsync|]();
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_chains_of_locals_are_read() => Verify("""
        class Wait
        {
            Task<Envelope> A(JobCall call) { var (limit, retries) = (Timeout.InfiniteTimeSpan, 3); return call.[|GetAsync|](limit); }
            Task<Envelope> B(JobCall call) { var forever = TimeSpan.MaxValue; var limit = forever; return call.[|GetAsync|](limit); }
            Task<Envelope> C(JobCall call, bool quick) { var limit = Timeout.InfiniteTimeSpan; if (quick) limit = TimeSpan.FromMinutes(1); return call.GetAsync(limit); }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Wait
        {
            Task<Envelope> A(JobCall call, TimeSpan? configured) => call.[|GetAsync|](configured ?? Timeout.InfiniteTimeSpan);
            Task<Envelope> B(JobCall call, bool patient) => call.[|GetAsync|](patient ? null : TimeSpan.FromHours(1));
            Task<Envelope> C(JobCall call, int mode) => call.[|GetAsync|](mode switch { 0 => TimeSpan.FromHours(1), _ => Timeout.InfiniteTimeSpan });
            Task<Envelope> D(JobCall call, bool patient) => call.GetAsync(patient ? TimeSpan.FromHours(8) : TimeSpan.FromHours(1));
        }
        """);

    [Fact]
    public Task A_constant_minus_one_millisecond_is_infinite() => Verify("""
        class Wait
        {
            Task<Envelope> A(JobCall call) => call.[|GetAsync|](TimeSpan.FromMilliseconds(-1));
            Task<Envelope> B(JobCall call) => call.[|GetAsync|](TimeSpan.FromMilliseconds(Timeout.Infinite));
            Task<Envelope> C(JobCall call) => call.GetAsync(TimeSpan.FromMilliseconds(1));
        }
        """);

    [Fact]
    public Task Conditional_access_lambdas_and_linq_are_read() => Verify("""
        using System.Linq;
        class Wait
        {
            Task<Envelope>? A(JobCall? call) => call?.[|GetAsync|]();
            IEnumerable<Task<Envelope>> B(JobCall[] calls) => calls.Select(c => c.[|GetAsync|]());
            IEnumerable<Task<Envelope>> C(JobCall[] calls) => from c in calls select c.[|GetAsync|](null);
            async IAsyncEnumerable<Envelope> D(JobCall[] calls) { foreach (JobCall c in calls) { yield return await c.[|GetAsync|](); } }
        }
        """);

    [Fact]
    public Task A_users_own_type_with_the_same_name_is_silent() => Verify("""
        namespace Mine
        {
            sealed class JobCall { public Task GetAsync(TimeSpan? timeout = null) => Task.CompletedTask; }
            class Wait { Task A(JobCall call) => call.GetAsync(); }
        }
        """);

    [Fact]
    public Task The_fix_is_not_offered_for_one_infinite_alternative() => LauncherTest.Source(new WaitTimeoutAnalyzer(), """
        class Wait { Task<Envelope> A(JobCall call, TimeSpan? configured) => call.[|GetAsync|](configured ?? Timeout.InfiniteTimeSpan); }
        """).VerifyCodeFixAsync(new WaitTimeoutCodeFixProvider(), LauncherTest.Usings + """
        class Wait { Task<Envelope> A(JobCall call, TimeSpan? configured) => call.[|GetAsync|](configured ?? Timeout.InfiniteTimeSpan); }
        """);
}
