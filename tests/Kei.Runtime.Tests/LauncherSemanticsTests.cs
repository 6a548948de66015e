using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>MapAsync / SpawnManyAsync / retries, against real child processes of the test job.</summary>
public sealed class LauncherSemanticsTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_local_job_runs_and_returns_its_envelope()
    {
        var test = TestLauncher.Create(scratch);

        var call = await test.Launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 2), ("value", "hello")), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(call.Id, envelope.RunId);
        Assert.Equal(["logs/summary.txt", "result.json"], envelope.Outputs.Select(output => output.Path));
        Assert.Equal("result.json", envelope.IndexPath);
        Assert.Equal(2L, envelope.Meta["steps"]);
        Assert.Equal(JobStatus.Succeeded, await call.GetStatusAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MapAsync_with_one_failing_input_throws_and_cancels_the_others()
    {
        var test = TestLauncher.Create(scratch);
        var inputs = new List<JobInputs>
        {
            TestJobs.Inputs(("steps", 200), ("sleep_ms", 100)),
            TestJobs.Inputs(("fail_code", ErrorCodes.Inputs)),
            TestJobs.Inputs(("steps", 200), ("sleep_ms", 100)),
        };
        var received = new List<Envelope>();

        var failure = await Assert.ThrowsAsync<KeiRuntimeException>(async () =>
        {
            await foreach (var envelope in test.Launcher.MapAsync(TestJobs.Function(), inputs, TestContext.Current.CancellationToken))
            {
                received.Add(envelope);
            }
        });

        Assert.Equal(ErrorCodes.Inputs, failure.Code);
        Assert.Empty(received);
        Assert.Equal(ErrorCodes.Inputs, failure.Envelope!.ErrorCode);
        Assert.Equal(3, test.Adapter.Submissions.Count);
        Assert.Equal(2, test.Adapter.Cancels.Count);
        foreach (var cancelled in test.Adapter.Cancels)
        {
            var envelope = await test.Local.GetResultAsync(cancelled, TestContext.Current.CancellationToken);
            Assert.Equal(ErrorCodes.Cancelled, envelope.ErrorCode);
        }
    }

    [Fact]
    public async Task SpawnManyAsync_yields_every_envelope_failures_included_and_cancels_nothing()
    {
        var test = TestLauncher.Create(scratch);
        var inputs = Enumerable.Range(0, 3).Select(index => TestJobs.Inputs(("steps", 3), ("value", index)))
            .Append(TestJobs.Inputs(("fail_code", ErrorCodes.Inputs))).ToList();

        var envelopes = new List<Envelope>();
        await foreach (var envelope in test.Launcher.SpawnManyAsync(TestJobs.Function(), inputs, TestContext.Current.CancellationToken))
        {
            envelopes.Add(envelope);
        }

        Assert.Equal(4, envelopes.Count);
        Assert.Equal(3, envelopes.Count(envelope => envelope.IsSuccess));
        Assert.Equal(ErrorCodes.Inputs, Assert.Single(envelopes, envelope => !envelope.IsSuccess).ErrorCode);
        Assert.Empty(test.Adapter.Cancels);
        Assert.Equal(4, envelopes.Select(envelope => envelope.RunId).Distinct().Count());
    }

    [Fact]
    public async Task Retries_stop_at_MaxRetries_back_off_and_reserve_and_settle_every_attempt()
    {
        var test = TestLauncher.Create(scratch);
        var retries = new Retries(MaxRetries: 2, BackoffCoefficient: 2.0, InitialDelay: TimeSpan.FromMilliseconds(300));
        var function = TestJobs.Function(retries: retries);

        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("fail_code", ErrorCodes.Internal)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Internal, envelope.ErrorCode);
        Assert.Equal(3, test.Adapter.Submissions.Count);
        var today = test.Ledger.GetToday();
        Assert.Equal(3, today.Reservations);
        Assert.Equal(0m, today.ReservedUsd); // every attempt settled, none left holding its estimate
        Assert.InRange(today.SpentUsd, 0m, test.Launcher.Estimate(function).TotalUsd);
        var submissions = test.Adapter.Submissions.ToArray();
        var results = test.Adapter.Results.ToArray();
        var firstDelay = submissions[1].At - results[0].At;
        var secondDelay = submissions[2].At - results[1].At;
        Assert.True(firstDelay >= TimeSpan.FromMilliseconds(240), $"first backoff {firstDelay}");
        Assert.True(secondDelay >= TimeSpan.FromMilliseconds(480), $"second backoff {secondDelay}");
    }

    [Theory]
    [InlineData(ErrorCodes.Inputs)]
    [InlineData(ErrorCodes.MissingSecret)]
    public async Task Inputs_errors_are_never_retried(string code)
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function(retries: new Retries(5, InitialDelay: TimeSpan.FromMilliseconds(10)));

        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("fail_code", code)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(code, envelope.ErrorCode);
        Assert.Single(test.Adapter.Submissions);
    }

    [Fact]
    public async Task A_retry_that_succeeds_ends_the_run_with_success()
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function(retries: new Retries(5, InitialDelay: TimeSpan.FromMilliseconds(50)));
        var inputs = TestJobs.Inputs(("fail_until_attempt", 3), ("counter_file", scratch.PathOf("attempts.txt")));

        var call = await test.Launcher.SpawnAsync(function, inputs, TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(3, test.Adapter.Submissions.Count);
    }

    [Fact]
    public async Task Cancel_without_a_confirmed_StopConfirmation_throws_before_the_engine()
    {
        var test = TestLauncher.Create(scratch);
        var call = await test.Launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 300), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => call.CancelAsync(default, TestContext.Current.CancellationToken));
        Assert.Empty(test.Adapter.Cancels);
        Assert.Equal(JobStatus.Running, await call.GetStatusAsync(TestContext.Current.CancellationToken));

        await call.CancelAsync(StopConfirmation.FromUser(StopConfirmation.Phrase), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(ErrorCodes.Cancelled, envelope.ErrorCode);
        Assert.Single(test.Adapter.Cancels);
    }

    [Fact]
    public async Task GetAsync_with_a_timeout_throws_and_leaves_the_job_running()
    {
        var test = TestLauncher.Create(scratch);
        var call = await test.Launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 300), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TimeoutException>(() => call.GetAsync(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken));

        Assert.Equal(JobStatus.Running, await call.GetStatusAsync(TestContext.Current.CancellationToken));
        await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);
    }
}
