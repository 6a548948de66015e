using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>
/// KEI005 over the constructs that can carry a checkpoint interval: <c>CheckpointEverySteps</c>, and N of a loop's
/// <c>step % N</c> guard around a checkpoint save (docs/rules/KEI005.md). The default limit is 500.
/// </summary>
public sealed class CheckpointIntervalConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new CheckpointIntervalAnalyzer(), ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_of_the_guarded_save_do_not_matter() => Verify("""
        class Train
        {
            async Task A(Volume v, Checkpoint c, CancellationToken ct) { for (int step = 1; step < 9; step++) { if (step % [|5000|] == 0) await v.SaveCheckpointAsync(ct: ct, checkpoint: c); } }
            async Task B(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % 500 == 0) await v.SaveCheckpointAsync(checkpoint: c); } }
        }
        """);

    [Fact]
    public Task A_method_group_as_the_guarded_action_is_not_followed() => Verify("""
        class Train
        {
            void A(List<Checkpoint> saved, Volume v) { for (int step = 1; step < 9; step++) { if (step % 5000 == 0) saved.ForEach(c => _ = c); } }
            void B(Checkpoint[] all, Volume v) { for (int step = 1; step < 9; step++) { if (step % 5000 == 0) Array.ForEach(all, Save); } void Save(Checkpoint c) { } }
            async Task C(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % [|5000|] == 0) await v.SaveCheckpointAsync(c); } }
        }
        """);

    [Fact]
    public Task Deconstructed_and_tuple_values_are_read() => Verify("""
        class Train
        {
            GpuFunction A() { var (every, total) = (5000, 100_000); return new GpuFunction { HEAD, CheckpointEverySteps = [|every|] }; }
            async Task B(Volume v, Checkpoint c) { var plan = (Every: 5000, Total: 9); for (int step = 1; step < plan.Total; step++) { if (step % [|plan.Every|] == 0) await v.SaveCheckpointAsync(c); } }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_expression_is_judged() => Verify("""
        class Train
        {
            GpuFunction A(bool fast) => new GpuFunction { HEAD, CheckpointEverySteps = fast ? 100 : [|5000|] };
            GpuFunction B(int? every) => new GpuFunction { HEAD, CheckpointEverySteps = every ?? [|0|] };
            GpuFunction C(string size) => new GpuFunction { HEAD, CheckpointEverySteps = size switch { "xl" => [|5000|], _ => 500 } };
            async Task D(Volume v, Checkpoint c, bool fast) { for (int step = 1; step < 9; step++) { if (step % (fast ? 100 : [|5000|]) == 0) await v.SaveCheckpointAsync(c); } }
        }
        """);

    [Fact]
    public Task Is_zero_patterns_are_guards_and_is_not_zero_is_not_followed() => Verify("""
        class Train
        {
            async Task A(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % [|5000|] is 0) await v.SaveCheckpointAsync(c); } }
            async Task B(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step > 0 && step % [|5000|] is 0) await v.SaveCheckpointAsync(c); } }
            async Task C(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % 5000 is not 0) continue; await v.SaveCheckpointAsync(c); } }
        }
        """);

    [Fact]
    public Task Switch_statements_and_switch_expressions_on_the_remainder_are_guards() => Verify("""
        class Train
        {
            async Task A(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { switch (step % [|5000|]) { case 0: await v.SaveCheckpointAsync(c); break; } } }
            async Task B(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { await ((step % [|5000|]) switch { 0 => v.SaveCheckpointAsync(c), _ => Task.CompletedTask }); } }
            async Task C(Volume v, Checkpoint c) { for (int step = 1; step < 9; step++) { switch (step % 5000) { case 1: await v.SaveCheckpointAsync(c); break; } } }
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_judged() => Verify("""
        class Train
        {
            GpuFunction A(GpuFunction fn) => fn with { CheckpointEverySteps = [|5000|] };
            GpuFunction B() => new() { HEAD, CheckpointEverySteps = [|-1|] };
            GpuFunction C(GpuFunction fn) => fn with { Name = "copy" };
        }
        """);

    [Fact]
    public Task Constants_of_other_types_and_chains_of_up_to_four_locals_are_read() => Verify("""
        static class Plan { public const int Every = 5000; public static readonly int Loaded = 5000; }
        class Train
        {
            GpuFunction A() => new GpuFunction { HEAD, CheckpointEverySteps = [|Plan.Every|] };
            GpuFunction B() { var a = 5000; var b = a; var c = b; var d = c; return new GpuFunction { HEAD, CheckpointEverySteps = [|d|] }; }
            GpuFunction C() { var a = 5000; var b = a; var c = b; var d = c; var e = d; return new GpuFunction { HEAD, CheckpointEverySteps = e }; }
            GpuFunction D() => new GpuFunction { HEAD, CheckpointEverySteps = Plan.Loaded };
            GpuFunction E(bool fast) { int every = 5000; if (fast) every = 100; return new GpuFunction { HEAD, CheckpointEverySteps = every }; }
        }
        """);

    [Fact]
    public Task Conditional_access_and_null_forgiving_saves_are_guarded_actions() => Verify("""
        class Train
        {
            async Task A(Volume? v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % [|5000|] == 0) await (v?.SaveCheckpointAsync(c) ?? Task.CompletedTask); } }
            async Task B(Volume? v, Checkpoint c) { for (int step = 1; step < 9; step++) { if (step % [|5000|] == 0) await v!.SaveCheckpointAsync(c); } }
        }
        """);

    [Fact]
    public Task Loops_in_local_functions_lambdas_and_async_iterators_count_and_a_lambda_in_a_loop_does_not() => Verify("""
        class Train
        {
            Task A(Volume v, Checkpoint c) { return Run(v, c); static async Task Run(Volume v, Checkpoint c) { for (int s = 1; s < 9; s++) { if (s % [|5000|] == 0) await v.SaveCheckpointAsync(c); } } }
            Func<Task> B(Volume v, Checkpoint c) => async () => { for (int s = 1; s < 9; s++) { if (s % [|5000|] == 0) await v.SaveCheckpointAsync(c); } };
            async IAsyncEnumerable<int> C(Volume v, Checkpoint c) { for (int s = 1; s < 9; s++) { if (s % [|5000|] == 0) await v.SaveCheckpointAsync(c); yield return s; } }
            void D(Volume v, Checkpoint c) { for (int s = 1; s < 9; s++) { Func<int, Task> save = step => step % 5000 == 0 ? v.SaveCheckpointAsync(c) : Task.CompletedTask; } }
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            sealed class GpuFunction { public int CheckpointEverySteps { get; init; } }
            sealed class Volume { public Task SaveCheckpointAsync(int step) => Task.CompletedTask; }
            class Train
            {
                GpuFunction A() => new GpuFunction { CheckpointEverySteps = 5000 };
                async Task B(Volume v) { for (int s = 1; s < 9; s++) { if (s % 5000 == 0) await v.SaveCheckpointAsync(s); } }
            }
        }
        """);
}
