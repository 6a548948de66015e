using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>
/// Detach and re-attach on the local adapter with real launcher processes: a detached job outlives its launcher's
/// <c>kill -9</c> and Ctrl+C, another process re-attaches to it by id (state, progress, envelope, stop), and a run
/// that is not detached is stopped by Ctrl+C and waited for.
/// </summary>
public sealed class DetachAndAttachTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_detached_job_outlives_kill_9_of_its_launcher_and_a_new_process_re_attaches_by_id()
    {
        var pidFile = scratch.PathOf("job.pid");
        using var launcher = LauncherProcess.Start(scratch, "local=" + scratch.PathOf("runs"), detach: true,
            TestJobs.Inputs(("steps", 40), ("sleep_ms", 150), ("pid_file", pidFile)));
        var runId = await launcher.RunIdAsync();
        var jobPid = await Processes.ReadPidAsync(pidFile);

        launcher.KillLauncherOnly();
        Assert.True(Processes.IsAlive(jobPid), "the job died with its launcher");

        var events = new ConcurrentQueue<JobEvent>();
        var attached = Attacher(events);
        var call = await attached.AttachAsync(runId, TestContext.Current.CancellationToken);
        Assert.Equal(JobStatus.Running, await call.GetStatusAsync(TestContext.Current.CancellationToken));
        var envelope = await call.GetAsync(Generous, TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(runId, envelope.RunId);
        Assert.Contains(events, e => e is { Name: "progress", Step: 40, Total: 40 });
        Assert.Equal(new JobProgress(40, 40), call.Progress);
        Assert.Equal(JobStatus.Succeeded, attached.Records.Read(runId)!.State);
        var today = new BudgetLedger(scratch.PathOf("ledger.json")).GetToday();
        Assert.Equal(1, today.Reservations);
        Assert.Equal(0m, today.ReservedUsd); // the re-attached launcher settled what the killed one reserved
    }

    [Fact]
    public async Task Ctrl_C_leaves_a_detached_job_running_names_the_re_attach_command_and_a_person_can_stop_it_later()
    {
        var (launcher, runId, jobPid) = await StartLongJobAsync(detach: true);
        using var launched = launcher;

        await launcher.SignalAsync("INT");
        Assert.Equal(130, await launcher.ExitCodeAsync());
        Assert.Contains($"interrupted: {runId} keeps running (detached); re-attach with: kei jobs attach {runId} --records {scratch.PathOf("records")}",
            launcher.StandardError, StringComparison.Ordinal);
        Assert.True(Processes.IsAlive(jobPid), "Ctrl+C in the launcher killed the detached job");

        var call = await Attacher().AttachAsync(runId, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => call.CancelAsync(default, TestContext.Current.CancellationToken));
        await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Cancelled, (await call.GetAsync(Generous, TestContext.Current.CancellationToken)).ErrorCode);
        Assert.True(await Processes.WaitUntilGoneAsync(jobPid, Generous), "the stopped job still runs");
        Assert.Equal(0m, new BudgetLedger(scratch.PathOf("ledger.json")).GetToday().ReservedUsd); // settled by whoever saw the end
    }

    [Fact]
    public async Task Ctrl_C_stops_a_job_that_is_not_detached_and_waits_for_its_end()
    {
        var (launcher, runId, jobPid) = await StartLongJobAsync(detach: false);
        using var launched = launcher;

        await launcher.SignalAsync("INT");

        Assert.Equal(130, await launcher.ExitCodeAsync());
        Assert.False(Processes.IsAlive(jobPid), "the launcher exited before its job had ended");
        var envelope = Envelope.Parse(launcher.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last());
        Assert.Equal(ErrorCodes.Cancelled, envelope.ErrorCode);
        Assert.Contains($"interrupted: stopping {runId}", launcher.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_died_with_its_launcher_is_settled_to_the_time_it_ran_not_to_the_re_attach()
    {
        var (launcher, runId, _) = await StartLongJobAsync(detach: true, maxRetries: 0);
        using var launched = launcher;
        launcher.KillWithJob();
        var ranAtMost = DateTimeOffset.UtcNow - new RunRecordStore(scratch.PathOf("records")).Read(runId)!.Attempt!.StartedUtc!.Value;
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // the launcher is only run again later

        var call = await Attacher().AttachAsync(runId, TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(Generous, TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Internal, envelope.ErrorCode); // killed without an envelope, and no retry left
        var today = new BudgetLedger(scratch.PathOf("ledger.json")).GetToday();
        Assert.Equal(0m, today.ReservedUsd);
        Assert.InRange(today.Adapters["local"].Usd, 0m, CostMath.UsdFor(1, 1.10m, ranAtMost) + 0.0001m); // not the 5 s and more after the kill
    }

    [Fact]
    public async Task A_second_launcher_watches_a_run_its_owner_still_drives_and_sees_the_same_envelope()
    {
        var owner = TestLauncher.Create(scratch);
        var events = new ConcurrentQueue<JobEvent>();
        var spawned = await owner.Launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 20), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        var watched = await Attacher(events).AttachAsync(spawned.Id, TestContext.Current.CancellationToken);
        var fromWatcher = await watched.GetAsync(Generous, TestContext.Current.CancellationToken);
        var fromOwner = await spawned.GetAsync(Generous, TestContext.Current.CancellationToken);

        Assert.True(fromOwner.IsSuccess, fromOwner.ToString());
        Assert.Equal(fromOwner.ToCanonicalUtf8(), fromWatcher.ToCanonicalUtf8());
        Assert.Contains(events, e => e.Name == "progress");
        Assert.Single(owner.Adapter.Submissions); // the watcher submitted nothing
    }

    [Fact]
    public async Task A_person_can_stop_from_a_second_launcher_a_run_its_owner_still_drives()
    {
        var owner = TestLauncher.Create(scratch);
        var pidFile = scratch.PathOf("job.pid");
        var function = TestJobs.Function(retries: new Retries(3, InitialDelay: TimeSpan.FromMilliseconds(10)));
        var spawned = await owner.Launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 600), ("sleep_ms", 100), ("pid_file", pidFile)),
            TestContext.Current.CancellationToken);
        var jobPid = await Processes.ReadPidAsync(pidFile);

        var watched = await Attacher().AttachAsync(spawned.Id, TestContext.Current.CancellationToken);
        await watched.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Cancelled, (await watched.GetAsync(Generous, TestContext.Current.CancellationToken)).ErrorCode);
        Assert.Equal(ErrorCodes.Cancelled, (await spawned.GetAsync(Generous, TestContext.Current.CancellationToken)).ErrorCode);
        Assert.True(await Processes.WaitUntilGoneAsync(jobPid, Generous), "the stopped job still runs");
        Assert.Single(owner.Adapter.Submissions); // no retry after a person's stop
        Assert.Equal(0m, owner.Ledger.GetToday().ReservedUsd);
    }

    [Fact]
    public async Task Attaching_to_an_unknown_run_is_ERR_INPUTS_naming_it()
    {
        var failure = await Assert.ThrowsAsync<KeiRuntimeException>(() => Attacher().AttachAsync("run-nope", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.Inputs, failure.Code);
        Assert.Contains("run-nope", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A launcher process running a long job (600 steps of 100 ms): its run id and its job's process id.</summary>
    private async Task<(LauncherProcess Launcher, string RunId, int JobPid)> StartLongJobAsync(bool detach, int maxRetries = 1)
    {
        var pidFile = scratch.PathOf("job.pid");
        var launcher = LauncherProcess.Start(scratch, "local=" + scratch.PathOf("runs"), detach,
            TestJobs.Inputs(("steps", 600), ("sleep_ms", 100), ("pid_file", pidFile)), maxRetries);
        return (launcher, await launcher.RunIdAsync(), await Processes.ReadPidAsync(pidFile));
    }

    private JobLauncher Attacher(ConcurrentQueue<JobEvent>? events = null) =>
        new(new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = scratch.PathOf("runs") }), new JobLauncherOptions
        {
            RecordsRoot = scratch.PathOf("records"),
            Ledger = new BudgetLedger(scratch.PathOf("ledger.json")),
            PollInterval = TimeSpan.FromMilliseconds(100),
            OnJobEvent = jobEvent => events?.Enqueue(jobEvent),
        });
}
