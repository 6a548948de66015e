using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

public sealed class BudgetLedgerTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void Reservations_add_up_and_a_new_day_starts_at_zero()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 59, 0, TimeSpan.Zero));
        var ledger = new BudgetLedger(scratch.PathOf("ledger.json"), clock);

        ledger.Reserve(1.25m);
        ledger.Reserve(2.50m);
        Assert.Equal(3.75m, ledger.GetSpentToday());

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0m, ledger.GetSpentToday());
        Assert.Equal(0.10m, ledger.Reserve(0.10m));
    }

    [Fact]
    public void A_capped_reservation_is_all_or_nothing()
    {
        var ledger = new BudgetLedger(scratch.PathOf("ledger.json"));

        Assert.True(ledger.TryReserve(15m, 20m, out _));
        Assert.False(ledger.TryReserve(5.01m, 20m, out var spent));
        Assert.Equal(15m, spent);
        Assert.True(ledger.TryReserve(5m, 20m, out spent));
        Assert.Equal(20m, spent);
    }

    [Fact]
    public void An_attempt_holds_its_estimate_until_it_is_settled_once_to_what_it_used()
    {
        var ledger = new BudgetLedger(scratch.PathOf("ledger.json"));

        Assert.Equal(BudgetCheck.Reserved, ledger.TryReserve(new BudgetReservation("run-1-a1", "slurm", 1.975m, 30m), 20m, null, out var held));
        Assert.Equal(1.975m, held.ReservedUsd);
        Assert.True(ledger.Settle("run-1-a1", CostMath.UsdFor(1, 3.95m, TimeSpan.FromSeconds(42)), CostMath.MinutesOf(TimeSpan.FromSeconds(42))));
        Assert.False(ledger.Settle("run-1-a1", 99m, 99m)); // a second settlement (another process saw the end too) changes nothing

        var today = ledger.GetToday();
        Assert.Equal(0m, today.ReservedUsd);
        Assert.Equal(0.0461m, today.SpentUsd); // 42 s × 1 GPU × $3.95/h = $0.046083…, kept to a hundredth of a cent
        Assert.Equal(0.70m, today.Adapters["slurm"].Minutes);
        Assert.StartsWith("""{"adapters":{"slurm":{"minutes":"0.7000","usd":"0.0461"}},""", File.ReadAllText(ledger.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void The_minutes_budget_and_the_daily_cap_refuse_without_reserving()
    {
        var ledger = new BudgetLedger(scratch.PathOf("ledger.json"));
        ledger.TryReserve(new BudgetReservation("a", "slurm", 10m, 150m), null, null, out _);

        Assert.Equal(BudgetCheck.OverMinutesBudget, ledger.TryReserve(new BudgetReservation("b", "slurm", 1m, 31m), null, 180m, out _));
        Assert.Equal(BudgetCheck.Reserved, ledger.TryReserve(new BudgetReservation("c", "local", 1m, 31m), null, 180m, out _)); // minutes are per adapter
        Assert.Equal(BudgetCheck.OverDailyCap, ledger.TryReserve(new BudgetReservation("d", "slurm", 9.01m, 1m), 20m, null, out var today));
        Assert.Equal(11m, today.SpentUsd);
        Assert.Equal(2, today.Reservations);
    }

    [Fact]
    public async Task Eight_processes_reserving_and_settling_concurrently_lose_no_update()
    {
        // The reliability target is 8 × 1,000; KEI_LEDGER_RESERVATIONS sets the count (default 150 to keep the suite short).
        var perProcess = int.TryParse(Environment.GetEnvironmentVariable("KEI_LEDGER_RESERVATIONS"), out var count) ? count : 150;
        var path = scratch.PathOf("ledger.json");

        var processes = Enumerable.Range(0, 8).Select(_ => Process.Start(new ProcessStartInfo(TestJobs.DotnetHost)
        {
            ArgumentList = { TestJobs.JobDll, "ledger", path, perProcess.ToString(CultureInfo.InvariantCulture), "0.01" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!).ToArray();
        await Task.WhenAll(processes.Select(process => process.WaitForExitAsync(TestContext.Current.CancellationToken)));

        Assert.All(processes, process => Assert.Equal(0, process.ExitCode));
        var today = new BudgetLedger(path).GetToday();
        Assert.Equal(8 * perProcess * 0.01m, today.SpentUsd);
        Assert.Equal(8 * perProcess * 0.5m, today.Adapters["test"].Minutes);
        Assert.Equal(0m, today.ReservedUsd);
        var file = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(8 * perProcess, (long)file["reservations"]!);
    }
}
