using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>
/// <c>kei jobs</c> over the records of a launcher that was killed (list, status, logs, attach, cancel with the
/// confirmation phrase), and <c>kei budget show|reset</c> over a real ledger, through the built tool.
/// </summary>
public sealed class KeiJobsAndBudgetCommandTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    private string Records => scratch.PathOf("records");

    [Fact]
    public async Task Kei_jobs_lists_shows_reads_and_stops_the_run_of_a_killed_launcher_once_a_person_confirms()
    {
        var pidFile = scratch.PathOf("job.pid");
        var runId = await StartAndKillLauncherAsync(TestJobs.Inputs(("steps", 600), ("sleep_ms", 100), ("pid_file", pidFile)));
        var jobPid = await Processes.ReadPidAsync(pidFile);

        var list = await KeiTool.RunAsync("jobs", "list", "--records", Records);
        var status = await WaitForStatusWithProgressAsync(runId);
        var logs = await KeiTool.RunAsync("jobs", "logs", runId, "--records", Records);
        var refused = await KeiTool.RunWithInputAsync("no", null, "jobs", "cancel", runId, "--records", Records);
        Assert.True(Processes.IsAlive(jobPid), "a cancel without the phrase stopped the job");
        var stopped = await KeiTool.RunWithInputAsync("yes, stop it", null, "jobs", "cancel", runId, "--records", Records);
        var listed = await KeiTool.RunAsync("jobs", "list", "--records", Records);

        Assert.Contains(runId, list.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"{runId}\s+test-job\s+local\s+running\s+1\s+local-{runId}-a1", list.Stdout);
        Assert.Contains($"{runId} (test-job): running, attempt 1 on local as local-{runId}-a1, progress ", status, StringComparison.Ordinal);
        Assert.Contains("{\"event\":\"progress\"", logs.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Type \"yes, stop it\" to stop it", refused.Stderr, StringComparison.Ordinal);
        Assert.True(stopped.ExitCode == 0, stopped.Stderr);
        Assert.Equal(ErrorCodes.Cancelled, Envelope.Parse(stopped.Stdout.Trim()).ErrorCode);
        Assert.True(await Processes.WaitUntilGoneAsync(jobPid, TimeSpan.FromMinutes(2)), "the confirmed cancel left the job running");
        Assert.Matches($@"{runId}\s+test-job\s+local\s+cancelled", listed.Stdout);
        Assert.Equal(0m, new BudgetLedger(scratch.PathOf("ledger.json")).GetToday().ReservedUsd);
    }

    [Fact]
    public async Task Kei_jobs_attach_follows_the_progress_of_a_run_to_its_envelope()
    {
        var runId = await StartAndKillLauncherAsync(TestJobs.Inputs(("steps", 15), ("sleep_ms", 100)));

        var attach = await KeiTool.RunAsync("jobs", "attach", runId, "--records", Records);

        Assert.True(attach.ExitCode == 0, attach.Stderr);
        Assert.Contains("progress 15/15 (100 %)", attach.Stderr, StringComparison.Ordinal);
        var envelope = Envelope.Parse(attach.Stdout.Trim());
        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(runId, envelope.RunId);
    }

    [Fact]
    public async Task Kei_budget_show_prints_spend_and_minutes_per_adapter_and_reset_asks_first()
    {
        var path = scratch.PathOf("ledger.json");
        var ledger = new BudgetLedger(path);
        ledger.TryReserve(new BudgetReservation("run-a-a1", "slurm", 1.975m, 30m), null, null, out _);
        ledger.Settle("run-a-a1", 0.0461m, 0.7m);
        ledger.TryReserve(new BudgetReservation("run-b-a1", "slurm", 0.55m, 30m), null, null, out _);
        ledger.TryReserve(new BudgetReservation("run-c-a1", "local", 0m, 5m), null, null, out _);
        ledger.Settle("run-c-a1", 0m, 2.5m);
        var minutes = new Dictionary<string, string> { [JobLauncherOptions.MinutesPerDayVariable] = "45" };

        var show = await KeiTool.RunWithInputAsync(null, minutes, "budget", "show", "--ledger", path);
        var refused = await KeiTool.RunWithInputAsync("reset", null, "budget", "reset", "--ledger", path);
        var spentBefore = ledger.GetSpentToday();
        var reset = await KeiTool.RunWithInputAsync("yes, reset it", null, "budget", "reset", "--ledger", path);

        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Contains("spent today: $0.5961 ($0.55 of it held by attempts not settled yet)", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("minutes budget (auto mode): 45 min/day", show.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"slurm\s+\$0\.5961\s+30\.7\s+1 \(holding \$0\.55, 30 min\)", show.Stdout);
        Assert.Matches(@"local\s+\$0\.00\s+2\.5\s+0", show.Stdout);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(0.5961m, spentBefore);
        Assert.True(reset.ExitCode == 0, reset.Stderr);
        Assert.Equal(0m, ledger.GetSpentToday());
    }

    [Fact]
    public async Task Kei_budget_show_names_a_ledger_that_does_not_exist_and_leaves_nothing_there()
    {
        var path = scratch.PathOf("no-such-ledger.json");

        var show = await KeiTool.RunWithInputAsync(null, null, "budget", "show", "--ledger", path);

        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Contains("kei: note: no ledger at " + path + " yet", show.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, show.Stdout);
        Assert.DoesNotContain(Directory.GetFiles(scratch.Root), f => Path.GetFileName(f).StartsWith("no-such-ledger", StringComparison.Ordinal));
    }

    private async Task<string> StartAndKillLauncherAsync(JobInputs inputs)
    {
        using var launcher = LauncherProcess.Start(scratch, "local=" + scratch.PathOf("runs"), detach: true, inputs);
        var runId = await launcher.RunIdAsync();
        launcher.KillLauncherOnly();
        return runId;
    }

    /// <summary>`kei jobs status` once the job has reported progress (it is only looking, so asking again is harmless).</summary>
    private async Task<string> WaitForStatusWithProgressAsync(string runId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await KeiTool.RunAsync("jobs", "status", runId, "--records", Records);
            Assert.True(status.ExitCode == 0, status.Stderr);
            if (status.Stdout.Contains("progress", StringComparison.Ordinal) || clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                return status.Stdout;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
