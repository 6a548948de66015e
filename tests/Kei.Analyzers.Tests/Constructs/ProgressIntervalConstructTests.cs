using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>
/// KEI006 over the constructs that can carry a progress interval: <c>ProgressEverySteps</c>, and N of a loop's
/// <c>step % N</c> guard around progress reporting (docs/rules/KEI006.md). The default limit is 250.
/// </summary>
public sealed class ProgressIntervalConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new ProgressIntervalAnalyzer(), ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public Task A_progress_event_named_in_any_argument_order_is_a_guarded_action() => Verify("""
        class Train
        {
            void A(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % [|1000|] == 0) ctx.ReportEvent(fields: null, name: "progress"); } }
            void B(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % 1000 == 0) ctx.ReportEvent(fields: null, name: "loss"); } }
        }
        """);

    [Fact]
    public Task A_method_group_as_the_guarded_action_is_not_followed() => Verify("""
        class Train
        {
            void A(JobContext ctx, long[] steps) { for (int s = 1; s < 9; s++) { if (s % 1000 == 0) Array.ForEach(steps, Report); } void Report(long step) => ctx.ReportProgress(step, 9); }
            void B(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % [|1000|] == 0) ctx.ReportProgress(s, 9); } }
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_arms_of_conditionals_and_switches_are_judged() => Verify("""
        class Train
        {
            GpuFunction A() { var (every, total) = (1000, 9); return new GpuFunction { HEAD, ProgressEverySteps = [|every|] }; }
            GpuFunction B(bool quiet) => new GpuFunction { HEAD, ProgressEverySteps = quiet ? [|1000|] : 100 };
            GpuFunction C(int? every) => new GpuFunction { HEAD, ProgressEverySteps = every ?? [|1000|] };
            GpuFunction D(string size) => new GpuFunction { HEAD, ProgressEverySteps = size switch { "xl" => [|1000|], _ => 250 } };
        }
        """);

    [Fact]
    public Task Is_zero_patterns_and_switches_on_the_remainder_are_guards() => Verify("""
        class Train
        {
            void A(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % [|1000|] is 0) ctx.ReportProgress(s, 9); } }
            void B(JobContext ctx) { for (int s = 1; s < 9; s++) { switch (s % [|1000|]) { case 0: ctx.ReportProgress(s, 9); break; } } }
            void C(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % 1000 is not 0) continue; ctx.ReportProgress(s, 9); } }
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_judged() => Verify("""
        class Train
        {
            GpuFunction A(GpuFunction fn) => fn with { ProgressEverySteps = [|1000|] };
            GpuFunction B() => new() { HEAD, ProgressEverySteps = [|0|] };
            GpuFunction C(GpuFunction fn) => fn with { Name = "copy" };
        }
        """);

    [Fact]
    public Task Constants_of_other_types_and_locals_given_one_value_are_read() => Verify("""
        static class Plan { public const int Every = 1000; public static readonly int Loaded = 1000; }
        class Train
        {
            GpuFunction A() => new GpuFunction { HEAD, ProgressEverySteps = [|Plan.Every|] };
            void B(JobContext ctx) { int every = Plan.Every; for (int s = 1; s < 9; s++) { if (s % [|every|] == 0) ctx.ReportProgress(s, 9); } }
            GpuFunction C() => new GpuFunction { HEAD, ProgressEverySteps = Plan.Loaded };
            void D(JobContext ctx, bool fast) { int every = 1000; if (fast) every = 10; for (int s = 1; s < 9; s++) { if (s % every == 0) ctx.ReportProgress(s, 9); } }
        }
        """);

    [Fact]
    public Task Conditional_access_reports_lambdas_and_async_iterators_are_read() => Verify("""
        class Train
        {
            void A(JobContext? ctx) { for (int s = 1; s < 9; s++) { if (s % [|1000|] == 0) ctx?.ReportProgress(s, 9); } }
            Action<JobContext> B() => ctx => { for (int s = 1; s < 9; s++) { if (s % [|1000|] == 0) ctx.ReportProgress(s, 9); } };
            async IAsyncEnumerable<int> C(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % [|1000|] == 0) ctx.ReportProgress(s, 9); await Task.Yield(); yield return s; } }
            void D(JobContext ctx) { for (int s = 1; s < 9; s++) { Action report = () => { if (s % 1000 == 0) ctx.ReportProgress(s, 9); }; } }
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            sealed class JobContext { public void ReportProgress(long step, long total) { } }
            sealed class GpuFunction { public int ProgressEverySteps { get; init; } }
            class Train
            {
                GpuFunction A() => new GpuFunction { ProgressEverySteps = 1000 };
                void B(JobContext ctx) { for (int s = 1; s < 9; s++) { if (s % 1000 == 0) ctx.ReportProgress(s, 9); } }
            }
        }
        """);
}
