using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The Slurm adapter on a real single-node cluster (scripts/slurm-local.sh). One at a time: they share it.</summary>
[Collection(nameof(SlurmAdapterTests))]
[CollectionDefinition(nameof(SlurmAdapterTests), DisableParallelization = true)]
public sealed class SlurmAdapterTests : IDisposable
{
    private const string SecretName = "KEI_SLURM_TEST_TOKEN";
    private const string SecretValue = "slurm-secret-41d2";
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_job_runs_on_the_cluster_and_its_envelope_comes_back()
    {
        SlurmCluster.RequireRunning();
        var (launcher, _) = Launcher();
        var function = TestJobs.Function(secrets: [SecretName]);

        var call = await launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 3), ("require_secret", SecretName)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(["logs/summary.txt", "result.json"], envelope.Outputs.Select(output => output.Path));
        Assert.True(long.TryParse(call.EngineJobId, out _), $"Slurm job id {call.EngineJobId}");
        var attemptFolder = Directory.GetDirectories(scratch.PathOf("shared"), "run-*").Single();
        Assert.True(File.Exists(Path.Combine(attemptFolder, "out", $"slurm-{call.EngineJobId}.out")));
        Assert.DoesNotContain(SecretValue, File.ReadAllText(Path.Combine(attemptFolder, "job.sbatch")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_events_of_a_job_on_the_cluster_reach_the_launcher()
    {
        SlurmCluster.RequireRunning();
        var events = new System.Collections.Concurrent.ConcurrentQueue<JobEvent>();
        var (launcher, _) = Launcher(options => options with { OnJobEvent = events.Enqueue });

        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 6), ("sleep_ms", 300)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Where(e => e.Name == "progress").Select(e => e.Step!.Value));
        Assert.All(events, e => Assert.Equal(call.Id, e.RunId));
        Assert.Equal(new JobProgress(6, 6), call.Progress);
    }

    [Fact]
    public async Task A_job_on_the_cluster_outlives_kill_9_of_its_launcher_and_a_new_process_re_attaches_by_id()
    {
        SlurmCluster.RequireRunning();
        using var process = LauncherProcess.Start(scratch, "slurm=" + scratch.PathOf("shared"), detach: true,
            TestJobs.Inputs(("steps", 30), ("sleep_ms", 200)));
        var runId = await process.RunIdAsync();
        process.KillLauncherOnly();
        var events = new System.Collections.Concurrent.ConcurrentQueue<JobEvent>();
        var (launcher, _) = Launcher(options => options with { OnJobEvent = events.Enqueue, Ledger = new BudgetLedger(scratch.PathOf("ledger.json")) });

        var call = await launcher.AttachAsync(runId, TestContext.Current.CancellationToken);
        Assert.Contains(await call.GetStatusAsync(TestContext.Current.CancellationToken), new[] { JobStatus.Pending, JobStatus.Running });
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.True(long.TryParse(call.EngineJobId, out _), $"Slurm job id {call.EngineJobId}");
        Assert.Contains(events, e => e is { Name: "progress", Step: 30, Total: 30 });
        Assert.Equal(0m, new BudgetLedger(scratch.PathOf("ledger.json")).GetToday().ReservedUsd);
    }

    [Fact]
    public async Task Stopping_a_running_job_needs_a_person_s_confirmation()
    {
        SlurmCluster.RequireRunning();
        var (launcher, adapter) = Launcher();
        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 1200), ("sleep_ms", 100)), TestContext.Current.CancellationToken);
        await WaitUntilRunningAsync(adapter, call.EngineJobId!);

        await Assert.ThrowsAsync<InvalidOperationException>(() => call.CancelAsync(default, TestContext.Current.CancellationToken));
        Assert.Equal("RUNNING", await SlurmCluster.RunAsync("squeue", "-h", "-j", call.EngineJobId!, "-o", "%T"));
        await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Cancelled, (await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken)).ErrorCode);
        Assert.Equal(JobStatus.Cancelled, await WaitFinishedAsync(adapter, call.EngineJobId!));
    }

    [Fact]
    public async Task A_killed_job_process_on_the_cluster_ends_in_ERR_INTERNAL_with_its_stderr_tail()
    {
        SlurmCluster.RequireRunning();
        var (launcher, adapter) = Launcher();
        var pidFile = scratch.PathOf("job.pid");
        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 1200), ("sleep_ms", 100), ("pid_file", pidFile), ("stderr_lines", 3)), TestContext.Current.CancellationToken);
        await WaitUntilRunningAsync(adapter, call.EngineJobId!);
        Process.GetProcessById(await Processes.ReadPidAsync(pidFile)).Kill();
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Internal, envelope.ErrorCode);
        Assert.Contains("noise line 2", envelope.Error!.StderrTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_past_its_bound_is_cancelled_on_the_cluster_with_ERR_TIMEOUT()
    {
        SlurmCluster.RequireRunning();
        var (launcher, adapter) = Launcher(options => options with { TimeoutGrace = TimeSpan.FromSeconds(1) });
        var function = TestJobs.Function(timeout: TimeSpan.FromSeconds(3));

        var call = await launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 1200), ("sleep_ms", 100)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Timeout, envelope.ErrorCode);
        Assert.Equal(JobStatus.Cancelled, await WaitFinishedAsync(adapter, call.EngineJobId!));
    }

    [Fact]
    public async Task A_controller_stopped_mid_job_ends_in_ERR_HEALTH_within_its_bound()
    {
        SlurmCluster.RequireRunning();
        Assert.SkipUnless(SlurmCluster.IsRoot, "Stopping the Slurm controller needs root.");
        var (launcher, adapter) = Launcher(options => options with { StatusFailureLimit = 2 });
        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 1200), ("sleep_ms", 100)), TestContext.Current.CancellationToken);
        await WaitUntilRunningAsync(adapter, call.EngineJobId!);
        try
        {
            Assert.Equal(0, await SlurmCluster.ScriptAsync("stop-controller"));
            var clock = Stopwatch.StartNew();
            // Bounded generously: the job itself would run 2 min; the lost controller must end the attempt well before.
            var envelope = await call.GetAsync(TimeSpan.FromSeconds(100), TestContext.Current.CancellationToken);

            Assert.Equal(ErrorCodes.Health, envelope.ErrorCode);
        }
        finally
        {
            Assert.Equal(0, await SlurmCluster.ScriptAsync("start"));
            await SlurmCluster.RunAsync("scancel", call.EngineJobId!);
        }
    }

    private (JobLauncher Launcher, SlurmAdapter Adapter) Launcher(Func<JobLauncherOptions, JobLauncherOptions>? configure = null)
    {
        var adapter = new SlurmAdapter(new SlurmAdapterOptions { SharedRoot = scratch.PathOf("shared"), CommandTimeout = TimeSpan.FromSeconds(20) });
        var secrets = new Dictionary<string, string> { [SecretName] = SecretValue };
        var options = new JobLauncherOptions
        {
            RecordsRoot = scratch.PathOf("records"),
            Ledger = new BudgetLedger(scratch.PathOf("ledger.json")),
            PollInterval = TimeSpan.FromMilliseconds(500),
            SecretSource = name => secrets.GetValueOrDefault(name),
        };
        return (new JobLauncher(adapter, configure?.Invoke(options) ?? options), adapter);
    }

    private static async Task WaitUntilRunningAsync(IJobAdapter adapter, string jobId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (await adapter.GetStatusAsync(jobId, TestContext.Current.CancellationToken) == JobStatus.Running)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken); // let the job's runtime start
                return;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Slurm job {jobId} did not start within 2 min.");
    }

    private static async Task<JobStatus> WaitFinishedAsync(IJobAdapter adapter, string jobId)
    {
        for (var poll = 0; poll < 480; poll++)
        {
            var status = await adapter.GetStatusAsync(jobId, TestContext.Current.CancellationToken);
            if (status is not (JobStatus.Pending or JobStatus.Running))
            {
                return status;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        return JobStatus.Running;
    }
}
