using System;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime.Tests;

/// <summary>AUTO / WARN / STOP through the launcher, with real jobs and a real ledger file.</summary>
public sealed class CostGuardTests : IDisposable
{
    private static readonly DateTimeOffset Evening = new(2026, 6, 30, 22, 0, 0, TimeSpan.Zero);
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Auto_tier_runs_and_is_settled_to_what_it_ran()
    {
        var logger = new ListLogger();
        var test = TestLauncher.Create(scratch, logger: logger);
        var function = TestJobs.Function("A10:1", TimeSpan.FromMinutes(5)); // $0.09 reserved; seconds of work settled
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var envelope = await RunAsync(test, function);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        var today = test.Ledger.GetToday();
        Assert.Equal(0m, today.ReservedUsd);
        Assert.InRange(today.SpentUsd, 0m, CostMath.UsdFor(1, 1.10m, clock.Elapsed));
        Assert.Contains(logger.Entries, entry => entry.EventName == "cost.settle");
        Assert.Contains(logger.Entries, entry => entry.EventName == "cost.decision" && entry.Text.Contains("Auto", StringComparison.Ordinal));
        Assert.Contains("cost.estimate", logger.EventNames);
        foreach (var name in new[] { "adapter.selected", "adapter.health.ok", "job.submit", "job.state" })
        {
            Assert.Contains(name, logger.EventNames);
        }
    }

    [Fact]
    public async Task Warn_tier_runs_while_the_daily_cap_holds_and_a_new_day_starts_at_zero()
    {
        var clock = new ManualTimeProvider(Evening);
        var logger = new ListLogger();
        var test = TestLauncher.Create(scratch, logger: logger, ledgerClock: clock);
        var function = TestJobs.Function("H100:1", TimeSpan.FromHours(2)); // $7.90: WARN

        Assert.Equal(CostTier.Warn, CostPolicy.Default.Classify(test.Launcher.Estimate(function)));
        Assert.True((await RunAsync(test, function)).IsSuccess);
        var afterOne = test.Ledger.GetSpentToday();
        test.Ledger.Reserve(12.50m); // spend from other work today
        var refused = await RunAsync(test, function);

        Assert.Equal(ErrorCodes.Budget, refused.ErrorCode);
        Assert.Contains("daily cap", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Single(test.Adapter.Submissions);
        Assert.Equal(afterOne + 12.50m, test.Ledger.GetSpentToday());
        Assert.Contains(logger.Entries, entry => entry.EventName == "cost.decision" && entry.Level == LogLevel.Warning);

        clock.Advance(TimeSpan.FromHours(3)); // past midnight
        Assert.Equal(0m, test.Ledger.GetSpentToday());
        Assert.True((await RunAsync(test, function)).IsSuccess);
        Assert.Equal(2, test.Adapter.Submissions.Count);
        Assert.InRange(test.Ledger.GetSpentToday(), 0m, 1m); // settled to seconds of work, not the $7.90 estimate
    }

    [Fact]
    public async Task Stop_tier_is_refused_without_approval_and_nothing_is_submitted()
    {
        var logger = new ListLogger();
        var test = TestLauncher.Create(scratch, logger: logger);
        var function = TestJobs.Function("H100:8", TimeSpan.FromHours(1)); // $31.60: STOP

        var envelope = await RunAsync(test, function);

        Assert.Equal(ErrorCodes.Budget, envelope.ErrorCode);
        Assert.Contains("Estimate: $31.60 (= 8 × 1 h × $3.95/hr/gpu)", envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(test.Adapter.Submissions);
        Assert.Equal(0m, test.Ledger.GetSpentToday());
        Assert.Contains("error.ERR_BUDGET", logger.EventNames);
    }

    [Fact]
    public async Task Stop_tier_runs_with_an_approval_that_covers_it_only()
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function("H100:8", TimeSpan.FromHours(1));

        var tooSmall = await RunAsync(test with { Launcher = test.Launcher.WithApproval(CostApproval.FromUser("lead", 30m)) }, function);
        var covered = await RunAsync(test with { Launcher = test.Launcher.WithApproval(CostApproval.FromUser("lead", 40m)) }, function);

        Assert.Equal(ErrorCodes.Budget, tooSmall.ErrorCode);
        Assert.True(covered.IsSuccess, covered.ToString());
        Assert.Single(test.Adapter.Submissions);
        Assert.Equal(1, test.Ledger.GetToday().Reservations);
        Assert.InRange(test.Ledger.GetSpentToday(), 0.0001m, 5m); // 8 GPUs for seconds, not the $31.60 of the full hour
    }

    [Fact]
    public async Task An_unknown_gpu_type_is_refused_as_inputs()
    {
        var test = TestLauncher.Create(scratch);

        var envelope = await RunAsync(test, TestJobs.Function("TPUv9:1"));

        Assert.Equal(ErrorCodes.Inputs, envelope.ErrorCode);
        Assert.Contains("TPUv9", envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(test.Adapter.Submissions);
    }

    private static async Task<Envelope> RunAsync(TestLauncher test, GpuFunction function)
    {
        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 1)), TestContext.Current.CancellationToken);
        return await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }
}
