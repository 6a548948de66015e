using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;
using Kei.Runtime;

namespace Kei.Integration.Tests.Sample;

/// <summary>
/// The README's main command: the sample builds with the analyzers, estimates, trains on the local adapter; an
/// interrupted launch is picked up by the next one (re-attached, or resumed from the last committed checkpoint).
/// </summary>
public sealed class SampleLauncherTests
{
    [Fact]
    public async Task Dotnet_run_of_the_sample_prints_only_the_envelope_on_stdout_and_the_estimate_progress_and_checkpoints_on_stderr()
    {
        using var sample = new SampleLauncher();

        ProcessResult run = await ProcessRunner.RunDotnetAsync(sample.WorkingDirectory,
            ["run", "--project", SampleLauncher.ProjectPath, "-c", RepoPaths.Configuration, "--", "--steps", "600", "--volume", sample.VolumePath],
            TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonObject envelope = SampleLauncher.Envelope(run);
        Assert.Equal("success", (string?)envelope["status"]);
        Assert.Equal(600, (long)envelope["meta"]!["steps"]!);
        Assert.Equal("model.json", (string?)envelope["outputs"]![0]!["path"]);
        Assert.Matches(@"Estimate: \$0\.04 \(= 1 × 0\.03 h × \$1\.10/hr/gpu\) — tier AUTO on local", run.StandardError);
        Assert.Contains("progress 600/600 (100 %)", run.StandardError);
        Assert.Single(Regex.Matches(run.StandardError, "checkpoint: step 500 committed"));
        Assert.DoesNotContain('\u001b', run.AllOutput);
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
            first.Kill(entireProcessTree: true); // the launcher and its job die together, as when a machine's session is torn down
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(committed >= 500, "no checkpoint was committed before the interruption");
        }

        ProcessResult second = await sample.RunAsync("--steps", "2000");
        Assert.True(second.ExitCode == 0, second.ToString());
        JsonObject resumed = SampleLauncher.Envelope(second);
        Assert.True((long)resumed["meta"]!["resumed_from"]! >= 500, resumed.ToJsonString());
        Assert.Contains("re-attached to run-", second.StandardError);
        Assert.Single(Regex.Matches(second.StandardError, @"resumed from the checkpoint of step \d+"));
        Assert.Equal((string?)uninterrupted["meta"]!["weight"], (string?)resumed["meta"]!["weight"]);
        Assert.Equal((string?)uninterrupted["meta"]!["bias"], (string?)resumed["meta"]!["bias"]);
    }

    [Fact]
    public async Task Ctrl_C_prints_one_line_leaves_the_job_running_and_the_next_launch_re_attaches_to_it()
    {
        using var sample = new SampleLauncher();
        string stderr;
        using (Process first = sample.Start("--steps", "2000"))
        {
            Task<string> errors = first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.True(await WaitForCheckpointAsync(sample.VolumePath, first) >= 500, "no checkpoint before the interrupt");
            using (Process signal = Process.Start("kill", ["-INT", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            await first.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
            Assert.Equal(130, first.ExitCode);
            stderr = await errors;
        }

        Match interrupted = Regex.Match(stderr, @"interrupted: (run-[0-9a-f]+) keeps running \(detached\); re-attach with: kei jobs attach \1 --records \S+/\.kei/records\n");
        Assert.True(interrupted.Success, stderr);
        Assert.Single(Regex.Matches(stderr, "interrupted"));
        ProcessResult second = await sample.RunAsync("--steps", "2000");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("re-attached to " + interrupted.Groups[1].Value, second.StandardError);
        JsonObject envelope = SampleLauncher.Envelope(second);
        Assert.Equal(interrupted.Groups[1].Value, (string?)envelope["run_id"]);
        Assert.Equal(0, (long)envelope["meta"]!["resumed_from"]!); // the same job ran on: nothing to resume
    }

    [Fact]
    public async Task Help_prints_the_usage_on_stdout_and_exits_0()
    {
        using var sample = new SampleLauncher();

        ProcessResult help = await sample.RunAsync("--help");

        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.StartsWith("usage: TrainingLauncher [--slurm] [--force-remote | --force-local]", help.StandardOutput);
        Assert.Empty(help.StandardError);
    }

    private static async Task<long> WaitForCheckpointAsync(string volumePath, Process launcher)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
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
