using System.Threading.Tasks;
using Kei.Analyzers.Launcher;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class IntervalAnalyzerTests
{
    private static string Field(string extra) => "class Launch { GpuFunction fn = " + LauncherTest.Function(extra) + "; }";

    [Fact]
    public Task KEI005_interval_above_the_limit_or_not_positive_fires() => LauncherTest.Source(new CheckpointIntervalAnalyzer(), """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, CheckpointEverySteps = [|1000|] };
            GpuFunction b = new GpuFunction { Name = "b", Image = "i", Command = new[] { "x" }, CheckpointEverySteps = [|0|] };
            GpuFunction c = new GpuFunction { Name = "c", Image = "i", Command = new[] { "x" }, CheckpointEverySteps = 500 };
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI005_loop_guard_around_a_save_fires_above_the_limit() => LauncherTest.Source(new CheckpointIntervalAnalyzer(), """
        class Train
        {
            async Task Run(Volume v, Checkpoint c)
            {
                for (int step = 1; step <= 10000; step++)
                {
                    if (step > 0 && step % [|2000|] == 0) { await v.SaveCheckpointAsync(c); await v.CommitAsync(); }
                    if (step % 250 == 0) { await v.SaveCheckpointAsync(c); await v.CommitAsync(); }
                    if (step % 5000 == 0) { Console.WriteLine(step); }
                }

                if (c.Step % 9000 == 0) { await v.SaveCheckpointAsync(c); }
            }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI005_editorconfig_limit_applies()
        => LauncherTest.Source(new CheckpointIntervalAnalyzer(), Field("CheckpointEverySteps = [|400|]")).WithEditorConfig("kei_checkpoint_every_steps", "300").VerifyAnalyzerAsync();

    [Fact]
    public Task KEI006_progress_interval_and_loop_guard() => LauncherTest.Source(new ProgressIntervalAnalyzer(), """
        class Train
        {
            GpuFunction fn = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, ProgressEverySteps = [|-1|] };

            void Run(JobContext context)
            {
                long step = 0;
                while (step < 100000)
                {
                    step++;
                    if (step % [|1000|] == 0) context.ReportProgress(step, 100000);
                    if (0 == step % [|999|]) context.ReportEvent("progress");
                    if (step % 100 == 0) context.ReportProgress(step, 100000);
                    if (step % 1000 == 0) context.ReportEvent("other");
                }
            }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI006_agent_limit_applies()
        => AgentFixture.WithAgent(LauncherTest.Source(new ProgressIntervalAnalyzer(), Field("ProgressEverySteps = [|200|]")), "progress_every_steps = 100").VerifyAnalyzerAsync();

    [Fact]
    public Task Users_own_types_and_no_runtime_are_silent() => LauncherTest.WithoutRuntime(new CheckpointIntervalAnalyzer(), """
        sealed class GpuFunction { public int CheckpointEverySteps { get; set; } }
        class Launch { GpuFunction fn = new GpuFunction { CheckpointEverySteps = 100000 }; }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new ProgressIntervalAnalyzer(), """
        class Train { void Run(JobContext c) { for (;;) { if (c % == 0) c.ReportProgress( } } }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();

    [Fact]
    public Task KEI006_a_users_own_progress_reporter_is_silent() => LauncherTest.Source(new ProgressIntervalAnalyzer(), """
        sealed class Reporter { public void ReportProgress(long step, long total) { } }
        class Train
        {
            void Run(Reporter reporter)
            {
                for (long step = 0; step < 100000; step++)
                {
                    if (step % 5000 == 0) reporter.ReportProgress(step, 100000);
                }
            }
        }
        """).VerifyAnalyzerAsync();
}
