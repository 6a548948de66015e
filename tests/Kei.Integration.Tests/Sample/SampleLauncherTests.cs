using System;
using System.IO;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;
using Kei.Runtime;

namespace Kei.Integration.Tests.Sample;

/// <summary>The README's main command: the sample builds with the analyzers, estimates, trains on the local adapter, resumes.</summary>
public sealed class SampleLauncherTests
{
    [Fact]
    public async Task Dotnet_run_of_the_sample_ends_with_a_success_envelope_and_the_estimate_line()
    {
        using var sample = new SampleLauncher();

        ProcessResult run = await ProcessRunner.RunDotnetAsync(sample.WorkingDirectory,
            ["run", "--project", SampleLauncher.ProjectPath, "-c", RepoPaths.Configuration, "--", "--steps", "600", "--volume", sample.VolumePath],
            TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, run.AllOutput);
        Assert.Matches(@"Estimate: \$0\.04 \(= 1 × 0\.03 h × \$1\.10/hr/gpu\) — tier AUTO on local", run.StandardOutput);
        JsonObject envelope = SampleLauncher.Envelope(run);
        Assert.Equal("success", (string?)envelope["status"]);
        Assert.Equal(600, (long)envelope["meta"]!["steps"]!);
        Assert.Equal("model.json", (string?)envelope["outputs"]![0]!["path"]);
        Assert.Contains("progress: 600 of 600 steps reported by the job", run.StandardError);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "_generated", "modal-runner.md")));
    }

    [Fact]
    public async Task A_check_mode_build_of_the_sample_finds_every_committed_agent_file_of_the_repository_fresh()
    {
        ProcessResult check = await ProcessRunner.RunDotnetAsync(RepoPaths.Root,
            ["build", SampleLauncher.ProjectPath, "-c", RepoPaths.Configuration, "-p:KeiCheckAgentDocs=true", "-p:BuildProjectReferences=false", "-nodeReuse:false"],
            TimeSpan.FromMinutes(5));

        Assert.True(check.ExitCode == 0, check.AllOutput);
        Assert.DoesNotContain("KEI210", check.StandardOutput);
        Assert.DoesNotContain("KEI215", check.StandardOutput);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_from_the_last_committed_checkpoint_and_ends_where_a_clean_run_ends()
    {
        using var clean = new SampleLauncher();
        JsonObject uninterrupted = SampleLauncher.Envelope(await clean.RunAsync("--steps", "2000"));

        using var sample = new SampleLauncher();
        using (Process first = sample.Start("--steps", "2000"))
        {
            long committed = await WaitForCheckpointAsync(sample.VolumePath, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(committed >= 500, "no checkpoint was committed before the interruption");
        }

        ProcessResult second = await sample.RunAsync("--steps", "2000");
        Assert.True(second.ExitCode == 0, second.AllOutput);
        JsonObject resumed = SampleLauncher.Envelope(second);
        Assert.True((long)resumed["meta"]!["resumed_from"]! >= 500, resumed.ToJsonString());
        Assert.Equal((string?)uninterrupted["meta"]!["weight"], (string?)resumed["meta"]!["weight"]);
        Assert.Equal((string?)uninterrupted["meta"]!["bias"], (string?)resumed["meta"]!["bias"]);
    }

    private static async Task<long> WaitForCheckpointAsync(string volumePath, Process launcher)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline && !launcher.HasExited)
        {
            if (Directory.Exists(volumePath) && await new Volume(volumePath).LoadLatestCheckpointAsync(TestContext.Current.CancellationToken) is { } checkpoint)
            {
                return checkpoint.Step;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return 0;
    }
}
