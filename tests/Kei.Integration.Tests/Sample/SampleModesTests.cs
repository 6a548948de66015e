using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Sample;

/// <summary>
/// The sample's switches and terminals: auto mode falls back to this machine when the minutes budget is reached,
/// <c>--slurm</c> shows the job's progress from the real cluster, and escape codes appear only on a terminal and
/// never under NO_COLOR (a real pseudo-terminal from util-linux <c>script</c>).
/// </summary>
public sealed class SampleModesTests
{
    [Fact]
    public async Task In_auto_mode_a_job_the_minutes_budget_refuses_on_Slurm_runs_on_this_machine_and_says_so()
    {
        using var sample = new SampleLauncher();
        var oneMinuteADay = new Dictionary<string, string> { ["KEI_MAX_MIN_PER_DAY"] = "1" }; // the job's bound is 2 min

        ProcessResult run = await sample.RunAsync(oneMinuteADay, "--slurm", "--steps", "300");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("on slurm (auto mode: local once the daily cap or 1 min/day would be passed)", run.StandardError);
        Assert.Contains("runs on local: 2 min would bring today's slurm minutes (0) above the budget of 1 min/day", run.StandardError);
        JsonObject envelope = SampleLauncher.Envelope(run);
        Assert.Equal("local", (string?)envelope["meta"]!["fallback_adapter"]);
        Assert.Contains("progress 300/300 (100 %)", run.StandardError);
    }

    [Fact]
    public async Task With_slurm_the_sample_shows_the_progress_of_the_job_on_the_cluster()
    {
        RequireSlurm();
        using var sample = new SampleLauncher();

        ProcessResult run = await sample.RunAsync("--force-remote", "--steps", "600");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("tier AUTO on slurm (forced: no fallback)", run.StandardError);
        Assert.Contains("progress 250/600 (41 %)", run.StandardError);
        Assert.Contains("progress 600/600 (100 %)", run.StandardError);
        Assert.Equal("success", (string?)SampleLauncher.Envelope(run)["status"]);
    }

    [Fact]
    public async Task On_a_terminal_the_bar_is_coloured_and_NO_COLOR_leaves_no_escape_code()
    {
        Assert.SkipUnless(HasScript(), "util-linux `script` (a pseudo-terminal) is not installed here.");
        using var coloured = new SampleLauncher();
        using var plain = new SampleLauncher();

        string withColour = await OnTerminalAsync(coloured, noColor: false);
        string withoutColour = await OnTerminalAsync(plain, noColor: true);

        Assert.Contains("\u001b[32m", withColour);
        Assert.Contains("] 100 % step 600/600", withoutColour);
        Assert.DoesNotContain('\u001b', withoutColour);
        Assert.Contains("\"status\":\"success\"", withoutColour);
    }

    private static async Task<string> OnTerminalAsync(SampleLauncher sample, bool noColor)
    {
        string command = string.Join(' ', ProcessRunner.DotnetHost, SampleLauncher.Assembly, "--volume", sample.VolumePath, "--steps", "600");
        var start = new ProcessStartInfo("script") { WorkingDirectory = sample.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm";
        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        using Process script = Process.Start(start)!;
        Task<string> output = script.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await script.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        Assert.True(script.ExitCode == 0, await output);
        return await output;
    }

    private static bool HasScript()
    {
        try
        {
            using Process probe = Process.Start(new ProcessStartInfo("script", ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>The real Slurm cluster of scripts/slurm-local.sh; with KEI_REQUIRE_SLURM=1 (CI) its absence fails the test.</summary>
    private static void RequireSlurm()
    {
        string? reason = null;
        try
        {
            using Process ping = Process.Start(new ProcessStartInfo("scontrol", ["ping"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string answer = ping.StandardOutput.ReadToEnd();
            ping.WaitForExit();
            reason = ping.ExitCode == 0 && answer.Contains("UP", StringComparison.Ordinal) ? null : "`scontrol ping` says: " + answer.Trim();
        }
        catch (Win32Exception)
        {
            reason = "the Slurm client commands are not installed";
        }

        if (reason is null)
        {
            return;
        }

        string message = "No Slurm cluster reachable (" + reason + "). Start one with `sudo bash scripts/slurm-local.sh start`.";
        if (Environment.GetEnvironmentVariable("KEI_REQUIRE_SLURM") == "1")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
