using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>
/// Auto mode: the launcher's own adapter (here the real HTTP processor) until the daily cap or the minutes budget
/// would refuse an attempt, then the fallback (the local adapter), with the event and the envelope saying so.
/// The tests of this class run one at a time: one of them sets KEI_MAX_MIN_PER_DAY.
/// </summary>
public sealed class AutoModeTests : IDisposable
{
    private readonly Scratch scratch = new();
    private readonly ConcurrentQueue<JobEvent> events = new();
    private readonly ListLogger logger = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Jobs_run_remotely_until_the_minutes_budget_is_reached_then_on_the_fallback_which_says_so()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var http = new HttpEndpointAdapter(processor.Url);
        var launcher = AutoLauncher(http, minutesPerDay: 10m);
        var function = TestJobs.Function(timeout: TimeSpan.FromMinutes(5));

        var remote = await RunAsync(launcher, function);
        RecordEarlierMinutes("http", 8m); // 8 + 5 > 10: the next attempt would pass the budget
        var local = await RunAsync(launcher, function);

        Assert.True(remote.IsSuccess, remote.ToString());
        Assert.False(remote.Meta.ContainsKey("fallback_adapter"));
        Assert.True(local.IsSuccess, local.ToString());
        Assert.Equal("local", local.Meta["fallback_adapter"]);
        Assert.Contains("above the budget of 10 min/day", (string)local.Meta["fallback_reason"], StringComparison.Ordinal);
        Assert.Contains(events, e => e.Name == JobEvent.Fallback && e.RunId == local.RunId && e.Json.Contains("\"adapter\":\"local\"", StringComparison.Ordinal));
        Assert.Contains("cost.fallback", logger.EventNames);
        var today = Ledger.GetToday();
        Assert.Equal(0m, today.Adapters["local"].Usd); // the fallback is this machine: minutes, no dollars
        Assert.True(today.Adapters["local"].Minutes > 0m);
    }

    [Fact]
    public async Task A_WARN_job_the_daily_cap_would_refuse_runs_on_the_fallback_and_without_one_is_refused()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var http = new HttpEndpointAdapter(processor.Url);
        var function = TestJobs.Function("H100:1", TimeSpan.FromHours(2)); // $7.90: WARN
        Ledger.Reserve(15m);

        var fallback = await RunAsync(AutoLauncher(http, minutesPerDay: 180m), function);
        var forcedRemote = await RunAsync(new JobLauncher(http, Options(null, 180m)), function);

        Assert.True(fallback.IsSuccess, fallback.ToString());
        Assert.Contains("daily cap", (string)fallback.Meta["fallback_reason"], StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Budget, forcedRemote.ErrorCode);
        Assert.Equal(15m, Ledger.GetSpentToday());
    }

    [Fact]
    public async Task Without_a_fallback_the_minutes_budget_does_not_apply()
    {
        var local = new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = scratch.PathOf("runs") });

        var envelope = await RunAsync(new JobLauncher(local, Options(null, minutesPerDay: 1m)), TestJobs.Function(timeout: TimeSpan.FromMinutes(5)));

        Assert.True(envelope.IsSuccess, envelope.ToString());
    }

    [Fact]
    public void The_minutes_budget_defaults_to_180_and_KEI_MAX_MIN_PER_DAY_overrides_it()
    {
        var before = Environment.GetEnvironmentVariable(JobLauncherOptions.MinutesPerDayVariable);
        try
        {
            Environment.SetEnvironmentVariable(JobLauncherOptions.MinutesPerDayVariable, null);
            Assert.Equal(180m, new JobLauncherOptions().MinutesPerDay);
            Environment.SetEnvironmentVariable(JobLauncherOptions.MinutesPerDayVariable, "45");
            Assert.Equal(45m, new JobLauncherOptions().MinutesPerDay);
        }
        finally
        {
            Environment.SetEnvironmentVariable(JobLauncherOptions.MinutesPerDayVariable, before);
        }
    }

    private BudgetLedger Ledger => new(scratch.PathOf("ledger.json"));

    private void RecordEarlierMinutes(string adapter, decimal minutes)
    {
        Ledger.TryReserve(new BudgetReservation("earlier-work", adapter, 0m, minutes), null, null, out _);
        Ledger.Settle("earlier-work", 0m, minutes);
    }

    private JobLauncher AutoLauncher(IJobAdapter primary, decimal minutesPerDay) =>
        new(primary, Options(new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = scratch.PathOf("runs") }), minutesPerDay));

    private JobLauncherOptions Options(IJobAdapter? fallback, decimal minutesPerDay) => new()
    {
        RecordsRoot = scratch.PathOf("records"),
        Ledger = Ledger,
        PollInterval = TimeSpan.FromMilliseconds(100),
        Fallback = fallback,
        MinutesPerDay = minutesPerDay,
        OnJobEvent = events.Enqueue,
        Logger = logger,
    };

    private static async Task<Envelope> RunAsync(JobLauncher launcher, GpuFunction function)
    {
        var call = await launcher.SpawnAsync(function, TestJobs.Inputs(("steps", 2)), TestContext.Current.CancellationToken);
        return await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
    }
}
