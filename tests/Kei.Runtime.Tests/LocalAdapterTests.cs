using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>LocalProcessAdapter on real child processes: environment, faults and their codes.</summary>
public sealed class LocalAdapterTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task The_job_sees_the_documented_environment()
    {
        var envFile = scratch.PathOf("env.json");
        var function = TestJobs.Function() with { CheckpointEverySteps = 40, ProgressEverySteps = 20 };

        var envelope = await RunAsync(function, TestJobs.Inputs(("env_file", envFile)), resumeStep: 120);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        var variables = JsonNode.Parse(File.ReadAllText(envFile))!;
        Assert.Equal("run-env", (string?)variables["KEI_RUN_ID"]);
        Assert.Equal("40", (string?)variables["KEI_CHECKPOINT_EVERY"]);
        Assert.Equal("20", (string?)variables["KEI_PROGRESS_EVERY"]);
        Assert.Equal("120", (string?)variables["KEI_RESUME_STEP"]);
        Assert.True(Path.IsPathRooted((string?)variables["KEI_WRITE_PREFIX"]));
        Assert.Equal("""{"env_file":""" + JsonValue.Create(envFile).ToJsonString() + "}",
            File.ReadAllText((string)variables["KEI_INPUTS_PATH"]!));
    }

    [Theory]
    [InlineData("kei-no-such-runtime", null, "was not found on PATH")]
    [InlineData("./no-such-script.sh", null, "does not exist")]
    [InlineData("./not-executable.sh", null, "is not executable")]
    [InlineData("sh", "no-such-folder", "working directory")]
    public async Task A_command_that_cannot_start_is_ERR_INPUTS_naming_what_is_wrong(string command, string? folder, string why)
    {
        File.WriteAllText(scratch.PathOf("not-executable.sh"), "echo hi\n");
        var function = TestJobs.Function() with { Command = [command, "train.py"], WorkingDirectory = scratch.PathOf(folder ?? ".") };
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });

        var failure = await Assert.ThrowsAsync<KeiRuntimeException>(() =>
            adapter.SubmitAsync(new JobRequest("run-x", function, JobInputs.Empty), TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.Inputs, failure.Code);
        Assert.Contains(why, failure.Message, StringComparison.Ordinal);
        Assert.Contains(folder ?? command, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exit_without_envelope_is_ERR_INTERNAL_with_a_bounded_stderr_tail()
    {
        var envelope = await RunAsync(TestJobs.Function(), TestJobs.Inputs(("no_envelope", true), ("stderr_lines", 500)));

        Assert.Equal(ErrorCodes.Internal, envelope.ErrorCode);
        Assert.Contains("exited with code 3", envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("exiting without an envelope", envelope.Error.StderrTail, StringComparison.Ordinal);
        Assert.InRange(envelope.Error.StderrTail!.Length, 100, 4000);
    }

    [Fact]
    public async Task A_job_over_its_timeout_is_killed_with_ERR_TIMEOUT()
    {
        var clock = Stopwatch.StartNew();
        var function = TestJobs.Function(timeout: TimeSpan.FromSeconds(2));

        var envelope = await RunAsync(function, TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)));

        Assert.Equal(ErrorCodes.Timeout, envelope.ErrorCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"ended after {clock.Elapsed}, before its timeout");
    }

    [Fact]
    public async Task A_killed_job_process_ends_in_ERR_INTERNAL_within_its_bound()
    {
        var pidFile = scratch.PathOf("job.pid");
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });
        var request = new JobRequest("run-kill", TestJobs.Function(), TestJobs.Inputs(("steps", 600), ("sleep_ms", 100), ("pid_file", pidFile)));
        var jobId = await adapter.SubmitAsync(request, TestContext.Current.CancellationToken);
        var pid = await Processes.ReadPidAsync(pidFile);

        Process.GetProcessById(pid).Kill();
        // Bounded (the 600 steps would take a minute), generously for a loaded machine: the end is seen, not waited out.
        var envelope = await adapter.GetResultAsync(jobId, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(50), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Internal, envelope.ErrorCode);
        Assert.Contains("exited with code 137", envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(JobStatus.Failed, await adapter.GetStatusAsync(jobId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_pre_timeout_signal_lets_a_job_save_a_last_checkpoint()
    {
        var pidFile = scratch.PathOf("job.pid");
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });
        var request = new JobRequest("run-usr1", TestJobs.Function(), TestJobs.Inputs(("steps", 600), ("sleep_ms", 50), ("pid_file", pidFile)));
        var jobId = await adapter.SubmitAsync(request, TestContext.Current.CancellationToken);
        var pid = await Processes.ReadPidAsync(pidFile);

        using (var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-USR1", pid.ToString(CultureInfo.InvariantCulture) } })!)
        {
            await signal.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var envelope = await adapter.GetResultAsync(jobId, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(50), TestContext.Current.CancellationToken);
        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.InRange((long)envelope.Meta["pre_timeout_step"], 1, 599);
        Assert.Contains(envelope.Outputs, output => output.Path == "last-checkpoint.txt");
    }

    [Fact]
    public async Task Cancel_kills_the_process_tree()
    {
        var pidFile = scratch.PathOf("job.pid");
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });
        var request = new JobRequest("run-stop", TestJobs.Function(), TestJobs.Inputs(("steps", 600), ("sleep_ms", 100), ("pid_file", pidFile)));
        var jobId = await adapter.SubmitAsync(request, TestContext.Current.CancellationToken);
        var pid = await Processes.ReadPidAsync(pidFile);

        await adapter.CancelAsync(jobId, TestContext.Current.CancellationToken);
        var envelope = await adapter.GetResultAsync(jobId, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(50), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Cancelled, envelope.ErrorCode);
        Assert.True(await Processes.WaitUntilGoneAsync(pid, TimeSpan.FromSeconds(50)), $"job process {pid} still runs after the stop");
    }

    [Fact]
    public async Task An_envelope_with_another_run_id_or_escaping_outputs_becomes_ERR_INTERNAL()
    {
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });
        var launcher = new JobLauncher(new EnvelopeRewritingAdapter(adapter, Envelope.Success("run-other", ["a.txt"])),
            new JobLauncherOptions { Ledger = new BudgetLedger(scratch.PathOf("ledger.json")), RecordsRoot = scratch.PathOf("records"), PollInterval = TimeSpan.FromMilliseconds(100) });
        var escaping = new JobLauncher(new EnvelopeRewritingAdapter(adapter, null),
            new JobLauncherOptions { Ledger = new BudgetLedger(scratch.PathOf("ledger.json")), RecordsRoot = scratch.PathOf("records"), PollInterval = TimeSpan.FromMilliseconds(100) });

        var wrongRun = await (await launcher.SpawnAsync(TestJobs.Function(), JobInputs.Empty, TestContext.Current.CancellationToken))
            .GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var escaped = await (await escaping.SpawnAsync(TestJobs.Function(), JobInputs.Empty, TestContext.Current.CancellationToken))
            .GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Internal, wrongRun.ErrorCode);
        Assert.Contains("run-other", wrongRun.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Internal, escaped.ErrorCode);
        Assert.Contains("../../etc/passwd", escaped.Error!.Message, StringComparison.Ordinal);
    }

    private async Task<Envelope> RunAsync(GpuFunction function, JobInputs inputs, long? resumeStep = null)
    {
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });
        var request = new JobRequest("run-env", function, inputs, 1, resumeStep);
        var jobId = await adapter.SubmitAsync(request, TestContext.Current.CancellationToken);
        return await adapter.GetResultAsync(jobId, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }
}
