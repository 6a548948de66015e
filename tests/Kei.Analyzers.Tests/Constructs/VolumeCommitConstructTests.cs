using System.Globalization;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI002 over the constructs that can carry a volume write, a commit, or the volume itself (docs/rules/KEI002.md).</summary>
public sealed class VolumeCommitConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new VolumeCommitAnalyzer(), body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_are_read() => Verify("""
        static class Stage { [VolumeWrite] public static Task Put(string data, Volume volume) => volume.WriteTextAsync("d", data); }
        class Job
        {
            async Task A(Volume v, string t) { await [|v.WriteTextAsync(text: t, relativePath: "a")|]; }
            async Task B(Volume v, string t) { await v.WriteTextAsync(text: t, relativePath: "a"); await v.CommitAsync(ct: CancellationToken.None); }
            async Task C(Volume v, Volume other, string t) { await [|Stage.Put(volume: v, data: t)|]; await other.CommitAsync(); }
            async Task D(Volume v, string t) { await Stage.Put(volume: v, data: t); await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task A_method_group_of_a_write_is_not_followed() => Verify("""
        class Job
        {
            Func<string, string, CancellationToken, Task> A(Volume v) => v.WriteTextAsync;
            async Task B(Volume v) { await [|v.WriteTextAsync("a", "t")|]; }
        }
        """);

    [Fact]
    public Task A_local_given_the_volume_once_is_the_same_volume() => Verify("""
        class Job
        {
            async Task A(Volume v) { var alias = v; await alias.WriteTextAsync("a", "t"); await v.CommitAsync(); }
            async Task B(Volume v) { Volume alias = v; await [|alias.WriteTextAsync("a", "t")|]; }
            async Task C(Volume v, Volume other) { Volume w = v; w = other; await [|w.WriteTextAsync("a", "t")|]; await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task Deconstructed_tuple_elements_are_the_volumes_they_name() => Verify("""
        class Job
        {
            async Task A(Volume v, Volume other) { var (main, scratch) = (v, other); await main.WriteTextAsync("a", "t"); await v.CommitAsync(); }
            async Task B(Volume v, Volume other) { var (main, scratch) = (v, other); await [|scratch.WriteTextAsync("a", "t")|]; await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task A_volume_chosen_by_a_conditional_or_coalescing_is_not_followed() => Verify("""
        class Job
        {
            async Task A(bool fast, Volume a, Volume b) { await (fast ? a : b).WriteTextAsync("x", "t"); }
            async Task B(Volume? a, Volume b) { await (a ?? b).WriteTextAsync("x", "t"); }
            async Task C(Volume a) { await [|a.WriteTextAsync("x", "t")|]; }
        }
        """);

    [Fact]
    public Task A_pattern_designation_is_the_tested_volume() => Verify("""
        class Job
        {
            async Task A(Volume? store) { if (store is { } v) { await v.WriteTextAsync("a", "t"); await store.CommitAsync(); } }
            async Task B(Volume? store) { if (store is Volume v) { await [|v.WriteTextAsync("a", "t")|]; } }
        }
        """);

    [Fact]
    public Task Switch_statements_are_read_on_the_control_flow_graph() => Verify("""
        class Job
        {
            async Task A(Volume v, int kind)
            {
                await v.WriteTextAsync("a", "t");
                switch (kind) { case 0: await v.CommitAsync(); break; default: await v.CommitAsync(); break; }
            }
            async Task B(Volume v, int kind)
            {
                await [|v.WriteTextAsync("a", "t")|];
                switch (kind) { case 0: await v.CommitAsync(); break; default: break; }
            }
        }
        """);

    [Fact]
    public Task Chains_of_up_to_four_locals_are_followed() => Verify("""
        class Job
        {
            async Task A(Volume v) { var a = v; var b = a; var c = b; var d = c; await d.WriteTextAsync("a", "t"); await v.CommitAsync(); }
            async Task B(Volume v) { var a = v; var b = a; var c = b; var d = c; var e = d; await [|e.WriteTextAsync("a", "t")|]; await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task Conditional_access_and_null_forgiving_reach_the_volume() => Verify("""
        class Job
        {
            async Task A(Volume? v) { await ([|v?.WriteTextAsync("a", "t")|] ?? Task.CompletedTask); }
            async Task B(Volume? v) { await v!.WriteTextAsync("a", "t"); await v!.CommitAsync(); }
            async Task C(Volume? v) { await (v?.WriteTextAsync("a", "t") ?? Task.CompletedTask); await v!.CommitAsync(); }
        }
        """);

    [Fact]
    public Task Lambdas_and_local_functions_are_functions_of_their_own() => Verify("""
        using System.Linq;
        class Job
        {
            Func<Task> A(Volume v) => async () => { await v.WriteTextAsync("a", "t"); await v.CommitAsync(); };
            async Task B(Volume v) { Func<Task> save = async () => await [|v.WriteTextAsync("a", "t")|]; await save(); await v.CommitAsync(); }
            async Task C(Volume v) { await Save(v); await v.CommitAsync(); static async Task Save(Volume v) => await [|v.WriteTextAsync("a", "t")|]; }
            IEnumerable<Task> D(Volume v, string[] lines) => from l in lines select [|v.WriteTextAsync(l, l)|];
        }
        """);

    [Fact]
    public Task A_VolumeWrite_local_function_stages_writes_for_its_caller() => Verify("""
        class Job
        {
            readonly Volume volume = new Volume("/tmp/v");
            async Task A(string t) { await Stage(); await volume.CommitAsync(); [VolumeWrite] async Task Stage() => await volume.WriteTextAsync("a", t); }
            async Task B(string t) { await [|Stage()|]; [VolumeWrite] async Task Stage() => await volume.WriteTextAsync("a", t); }
            async Task C(Volume v) { await Put(v); await v.CommitAsync(); [VolumeWrite] static async Task Put(Volume target) => await target.WriteTextAsync("a", "t"); }
            async Task D(Volume v, Volume other) { await [|Put(v)|]; await other.CommitAsync(); [VolumeWrite] static async Task Put(Volume target) => await target.WriteTextAsync("a", "t"); }
        }
        """);

    [Fact]
    public Task Async_iterators_exit_at_every_yield_break() => Verify("""
        class Job
        {
            async IAsyncEnumerable<int> A(Volume v, int[] steps)
            {
                foreach (int s in steps) { await v.WriteTextAsync("s" + s, "t"); yield return s; }
                await v.CommitAsync();
            }
            async IAsyncEnumerable<int> B(Volume v, int[] steps)
            {
                foreach (int s in steps) { await [|v.WriteTextAsync("s" + s, "t")|]; if (s < 0) yield break; yield return s; }
                await v.CommitAsync();
            }
        }
        """);

    [Fact]
    public Task A_VolumeWrite_partial_method_is_checked_at_its_callers() => Verify("""
        partial class Job
        {
            [VolumeWrite] public partial Task Stage(Volume v);
        }
        partial class Job
        {
            public partial Task Stage(Volume v) => v.WriteTextAsync("a", "t");
            async Task A(Volume v) { await Stage(v); await v.CommitAsync(); }
            async Task B(Volume v) { await [|Stage(v)|]; }
        }
        """);

    [Fact]
    public Task Another_instances_volume_is_another_volume() => Verify("""
        class Store { public Volume Volume { get; } = new Volume("/tmp/s"); }
        class Job
        {
            readonly Volume volume = new Volume("/tmp/v");
            async Task A(Job other) { await [|this.volume.WriteTextAsync("a", "t")|]; await other.volume.CommitAsync(); }
            async Task B(Job other) { await this.volume.WriteTextAsync("a", "t"); await volume.CommitAsync(); }
            async Task C(Store mine, Store theirs) { await [|mine.Volume.WriteTextAsync("a", "t")|]; await theirs.Volume.CommitAsync(); }
            async Task D(Store mine) { await mine.Volume.WriteTextAsync("a", "t"); await mine.Volume.CommitAsync(); }
        }
        """);

    [Fact]
    public Task A_users_own_Volume_type_is_silent() => Verify("""
        namespace Mine
        {
            sealed class Volume { public Task WriteTextAsync(string p, string t) => Task.CompletedTask; public Task CommitAsync() => Task.CompletedTask; }
            class Job { async Task A(Volume v) { await v.WriteTextAsync("a", "t"); } }
        }
        """);

    [Fact]
    public async Task The_message_names_a_lambda_as_KEI101_does()
    {
        var diagnostics = await LauncherTest.Source(new VolumeCommitAnalyzer(), """
            class Job
            {
                async Task Run(Volume v) { Func<Task> save = async () => await [|v.WriteTextAsync("a", "t")|]; await save(); await v.CommitAsync(); }
            }
            """).VerifyAnalyzerAsync();
        Assert.Equal(
            "'WriteTextAsync' writes to volume 'v', but a path to the end of lambda in 'save' passes no 'v.CommitAsync()'",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }
}
