using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class VolumeCommitAnalyzerTests
{
    private static Task Verify(string body) => LauncherTest.Source(new VolumeCommitAnalyzer(), "class Job\n{\n" + body + "\n}").VerifyAnalyzerAsync();

    [Fact]
    public Task Write_without_commit_fires_on_the_write() => Verify("""
        async Task Save(Volume v, Checkpoint c, CancellationToken ct) { await [|v.SaveCheckpointAsync(c, ct)|]; }
        """);

    [Fact]
    public Task Write_then_commit_is_silent() => Verify("""
        async Task Save(Volume v, Checkpoint c, CancellationToken ct) { await v.SaveCheckpointAsync(c, ct); await v.CommitAsync(ct); }
        """);

    [Fact]
    public Task Commit_in_only_one_branch_fires() => Verify("""
        async Task Save(Volume v, string text, bool last)
        {
            await [|v.WriteTextAsync("a.txt", text)|];
            if (last) { await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task Commit_in_both_branches_is_silent() => Verify("""
        async Task Save(Volume v, string text, bool last)
        {
            await v.WriteTextAsync("a.txt", text);
            if (last) { await v.CommitAsync(); } else { await v.CommitAsync(CancellationToken.None); }
        }
        """);

    [Fact]
    public Task Early_return_after_the_write_fires() => Verify("""
        async Task Save(Volume v, string text, bool stop)
        {
            await [|v.WriteTextAsync("a.txt", text)|];
            if (stop) return;
            await v.CommitAsync();
        }
        """);

    [Fact]
    public Task Write_in_a_loop_with_the_commit_after_the_loop_is_silent() => Verify("""
        async Task Save(Volume v, string[] lines)
        {
            for (int i = 0; i < lines.Length; i++) { await v.WriteTextAsync("l" + i, lines[i]); }
            await v.CommitAsync();
        }
        """);

    [Fact]
    public Task Write_in_a_loop_that_breaks_past_the_commit_fires() => Verify("""
        async Task Save(Volume v, string[] lines)
        {
            foreach (string line in lines)
            {
                await [|v.WriteTextAsync("l", line)|];
                if (line.Length == 0) return;
            }
            await v.CommitAsync();
        }
        """);

    [Fact]
    public Task Commit_in_finally_is_silent() => Verify("""
        async Task Save(Volume v, string text, bool stop)
        {
            try
            {
                await v.WriteTextAsync("a.txt", text);
                if (stop) return;
                text = text + "!";
            }
            finally { await v.CommitAsync(); }
        }
        """);

    [Fact]
    public Task Commit_in_only_one_branch_of_a_finally_fires() => Verify("""
        async Task Save(Volume v, string text, bool flag)
        {
            try { await [|v.WriteTextAsync("a.txt", text)|]; }
            finally { if (flag) { await v.CommitAsync(); } }
        }
        """);

    [Fact]
    public Task Using_blocks_and_conditional_access_are_followed() => Verify("""
        async Task Save(Volume? v, System.IO.Stream log, string text)
        {
            using (log)
            {
                await v!.WriteTextAsync("a", text);
            }

            await v.CommitAsync();
        }
        async Task Maybe(Volume? v, string text)
        {
            await ([|v?.WriteTextAsync("b", text)|] ?? Task.CompletedTask);
        }
        """);

    [Fact]
    public Task Commit_before_the_write_only_fires() => Verify("""
        async Task Save(Volume v, string text) { await v.CommitAsync(); await [|v.WriteTextAsync("a.txt", text)|]; }
        """);

    [Fact]
    public Task Commit_of_another_volume_does_not_count() => Verify("""
        async Task Save(Volume a, Volume b, string text) { await [|a.WriteTextAsync("x", text)|]; await b.CommitAsync(); }
        """);

    [Fact]
    public Task Throwing_paths_are_not_normal_paths() => Verify("""
        async Task Save(Volume v, string text)
        {
            await v.WriteTextAsync("a.txt", text);
            if (text.Length == 0) throw new InvalidOperationException("empty");
            await v.CommitAsync();
        }
        """);

    [Fact]
    public Task Field_volume_is_followed_by_symbol() => Verify("""
        private readonly Volume volume = new Volume("root");
        async Task Save(string text) { await [|volume.WriteTextAsync("a", text)|]; }
        async Task SaveAndCommit(string text) { await volume.WriteTextAsync("a", text); await this.volume.CommitAsync(); }
        """);

    [Fact]
    public Task Lambdas_and_local_functions_are_analysed_on_their_own() => Verify("""
        async Task Save(Volume v, string text)
        {
            Func<Task> write = async () => await [|v.WriteTextAsync("a", text)|];
            await write();
            await Local();
            await v.CommitAsync();

            async Task Local() { await [|v.WriteTextAsync("b", text)|]; }
        }
        Func<Volume, Task> committed = async v => { await v.WriteTextAsync("c", "x"); await v.CommitAsync(); };
        """);

    [Fact]
    public Task Members_marked_VolumeWrite_count_as_writes() => Verify("""
        async Task Save(Volume v) { await [|Helpers.Append(v, "x")|]; }
        }
        static class Helpers
        {
            [VolumeWrite] public static Task Append(Volume v, string text) => v.WriteTextAsync("log", text);
        """);

    [Fact]
    public Task A_member_marked_VolumeWrite_leaves_the_commit_to_its_caller() => Verify("""
        private readonly Volume volume = new Volume("root");
        [VolumeWrite] public async Task StageAsync(string text) { await volume.WriteTextAsync("a", text); }
        public async Task SaveAsync(string text) { await [|volume.WriteTextAsync("b", text)|]; }
        """);

    /// <summary>Each write is reported from its own invocation's action, so the IDE shows both and offers the fix for both.</summary>
    [Fact]
    public async Task Several_writes_in_one_body_are_local_diagnostics()
    {
        KeiTest test = LauncherTest.Source(new VolumeCommitAnalyzer(), """
            class Job
            {
                async Task Save(Volume v, bool stop)
                {
                    await [|v.WriteTextAsync("a", "1")|];
                    await [|v.WriteTextAsync("b", "2")|];
                    if (stop) return;
                    await v.CommitAsync();
                }
            }
            """);
        await test.VerifyAnalyzerAsync();
        Assert.Empty(await DiagnosticLocality.NonLocalAsync(test));
    }

    [Fact]
    public Task A_users_own_Volume_is_silent() => Verify("""
        sealed class Volume { public Task WriteTextAsync(string p, string t) => Task.CompletedTask; }
        async Task Save(Volume v) { await v.WriteTextAsync("a", "b"); }
        """);

    [Fact]
    public Task Without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new VolumeCommitAnalyzer(), """
        using System.Threading.Tasks;
        namespace Storage { sealed class Volume { public Task WriteTextAsync(string p, string t) => Task.CompletedTask; } }
        class Job { async Task Save(Storage.Volume v) { await v.WriteTextAsync("a", "b"); } }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new VolumeCommitAnalyzer(), """
        class Job { async Task Save(Volume v) { await [|v.WriteTextAsync("a", "b")|]; if ( }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();
}
