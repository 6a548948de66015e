using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>Detach and resume: what the caller's token does to a run, and how a checkpoint volume feeds KEI_RESUME_STEP.</summary>
public sealed class LauncherLifecycleTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_detached_run_outlives_the_caller_s_token()
    {
        var test = TestLauncher.Create(scratch);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var call = await test.Launcher.SpawnAsync(TestJobs.Function() with { Detach = true }, TestJobs.Inputs(("steps", 5), ("sleep_ms", 100)), caller.Token);
        await caller.CancelAsync();

        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Empty(test.Adapter.Cancels);
    }

    [Fact]
    public async Task A_run_that_is_not_detached_stops_with_the_caller_s_token()
    {
        var test = TestLauncher.Create(scratch);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var call = await test.Launcher.SpawnAsync(TestJobs.Function() with { Detach = false }, TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)), caller.Token);
        await caller.CancelAsync();

        var envelope = await call.GetAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(ErrorCodes.Cancelled, envelope.ErrorCode);
        Assert.Single(test.Adapter.Cancels);
    }

    [Fact]
    public async Task Each_attempt_resumes_from_the_latest_committed_checkpoint()
    {
        var volume = new Volume(scratch.PathOf("checkpoints"));
        await volume.SaveCheckpointAsync(new Checkpoint(700, new byte[] { 7 }, new Dictionary<string, double>()), TestContext.Current.CancellationToken);
        await volume.CommitAsync(TestContext.Current.CancellationToken);
        var test = TestLauncher.Create(scratch, options => options with { CheckpointVolume = volume });
        var envFile = scratch.PathOf("env.json");

        var call = await test.Launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("env_file", envFile), ("steps", 702)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal("700", (string?)JsonNode.Parse(File.ReadAllText(envFile))!["KEI_RESUME_STEP"]);
    }
}
