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
    public async Task Eight_processes_reserving_concurrently_lose_no_update()
    {
        // CI runs 8 × 1,000; KEI_LEDGER_RESERVATIONS sets the count (default 150 to keep the suite short).
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
        Assert.Equal(8 * perProcess * 0.01m, new BudgetLedger(path).GetSpentToday());
        var file = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(8 * perProcess, (long)file["reservations"]!);
    }
}
