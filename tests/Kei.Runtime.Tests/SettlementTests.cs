using System;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>
/// Spend matches what ran: an attempt holds its estimate while it runs and is settled when it ends (cancelled, timed
/// out, failed) to elapsed time × GPUs × price, in exact decimals; a command that cannot start costs nothing and is
/// never retried.
/// </summary>
public sealed class SettlementTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_running_attempt_holds_its_estimate_and_a_cancelled_one_is_settled_to_the_time_it_ran()
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function("H100:1", TimeSpan.FromMinutes(30)); // $1.975 held
        var clock = Stopwatch.StartNew();
        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        Assert.Equal(1.975m, test.Ledger.GetToday().ReservedUsd);
        while (call.Progress is not { Step: >= 10 }) // ten steps of 100 ms: the job has run at least a second
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the job reported no progress within 2 min");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);

        var today = test.Ledger.GetToday();
        Assert.Equal(0m, today.ReservedUsd);
        Assert.InRange(today.SpentUsd, CostMath.UsdFor(1, 3.95m, TimeSpan.FromSeconds(1)), CostMath.UsdFor(1, 3.95m, clock.Elapsed));
    }

    [Fact]
    public async Task A_timed_out_attempt_is_settled_to_the_time_it_ran_not_to_its_estimate()
    {
        var test = TestLauncher.Create(scratch);
        var clock = Stopwatch.StartNew();
        var call = await test.Launcher.SpawnAsync(TestJobs.Function("H100:8", TimeSpan.FromSeconds(2)),
            TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Timeout, (await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken)).ErrorCode);
        var today = test.Ledger.GetToday();
        Assert.Equal(0m, today.ReservedUsd);
        Assert.InRange(today.SpentUsd, CostMath.UsdFor(8, 3.95m, TimeSpan.FromSeconds(2)), CostMath.UsdFor(8, 3.95m, clock.Elapsed));
    }

    [Fact]
    public async Task A_command_that_cannot_start_is_ERR_INPUTS_never_retried_and_costs_nothing()
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function("H100:1", TimeSpan.FromMinutes(30), new Retries(3, InitialDelay: TimeSpan.FromMilliseconds(10)))
            with { Command = ["kei-no-such-program", "train.py"] };

        var call = await test.Launcher.SpawnAsync(function, JobInputs.Empty, TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Inputs, envelope.ErrorCode);
        Assert.Contains("kei-no-such-program", envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, test.Ledger.GetToday().Reservations);
        Assert.Equal(0m, test.Ledger.GetSpentToday());
    }

    [Fact]
    public async Task The_ledger_keeps_exact_decimal_amounts()
    {
        var test = TestLauncher.Create(scratch);
        var function = TestJobs.Function("H100:1", TimeSpan.FromMinutes(2), new Retries(2, InitialDelay: TimeSpan.FromMilliseconds(10)));

        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("fail_code", ErrorCodes.Internal)), TestContext.Current.CancellationToken);
        await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(0.1317m, CostMath.UsdFor(1, 3.95m, TimeSpan.FromMinutes(2))); // $0.131666…, not 0.13166666666666653
        var file = await System.IO.File.ReadAllTextAsync(test.Ledger.Path, TestContext.Current.CancellationToken);
        Assert.Equal(3, test.Ledger.GetToday().Reservations);
        Assert.DoesNotMatch(@"""usd"":""\d+\.\d{5,}""", file);
        Assert.Matches(@"""spent_usd"":""\d+\.\d{4}""", file);
        Assert.All(Regex.Matches(file, @"""minutes"":""([^""]*)""").Select(match => match.Groups[1].Value), minutes => Assert.Matches(@"^\d+\.\d{4}$", minutes));
    }
}
