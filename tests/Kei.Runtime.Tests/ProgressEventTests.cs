using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The job's progress events reach the launcher on the local adapter and through the HTTP processor, to the last step.</summary>
public sealed class ProgressEventTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Progress_events_of_a_local_job_reach_the_launcher_up_to_the_last_step()
    {
        var local = new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = scratch.PathOf("runs") });

        await AssertProgressAsync(local);
    }

    [Fact]
    public async Task Progress_events_of_a_job_on_the_http_processor_reach_the_launcher_up_to_the_last_step()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var http = new HttpEndpointAdapter(processor.Url);

        await AssertProgressAsync(http);
    }

    [Fact]
    public async Task An_event_handler_that_throws_does_not_end_the_run()
    {
        var local = new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = scratch.PathOf("runs") });
        var launcher = new JobLauncher(local, Options(_ => throw new InvalidOperationException("a broken progress bar")));

        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 3)), TestContext.Current.CancellationToken);

        Assert.True((await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken)).IsSuccess);
    }

    private async Task AssertProgressAsync(IJobAdapter adapter)
    {
        var events = new ConcurrentQueue<JobEvent>();
        var launcher = new JobLauncher(adapter, Options(events.Enqueue));

        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 5), ("sleep_ms", 50)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal([1L, 2, 3, 4, 5], events.Where(e => e.Name == JobEvent.Progress).Select(e => e.Step!.Value));
        Assert.All(events, e => Assert.Equal(5L, e.Total));
        Assert.Equal(100, call.Progress!.Value.Percent);
    }

    private JobLauncherOptions Options(Action<JobEvent> onEvent) => new()
    {
        RecordsRoot = scratch.PathOf("records"),
        Ledger = new BudgetLedger(scratch.PathOf("ledger.json")),
        PollInterval = TimeSpan.FromMilliseconds(100),
        OnJobEvent = onEvent,
    };
}
