using System;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime.Tests.Support;

/// <summary>A launcher over a real local-process adapter, with its ledger in the test's scratch folder.</summary>
public sealed record TestLauncher(JobLauncher Launcher, RecordingAdapter Adapter, LocalProcessAdapter Local, BudgetLedger Ledger)
{
    public static TestLauncher Create(Scratch scratch, Func<JobLauncherOptions, JobLauncherOptions>? configure = null,
                                      ILogger? logger = null, TimeProvider? ledgerClock = null)
    {
        var local = new LocalProcessAdapter(new LocalProcessAdapterOptions
        {
            WorkRoot = scratch.PathOf("runs"),
            Logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
        });
        var adapter = new RecordingAdapter(local);
        var ledger = new BudgetLedger(scratch.PathOf("ledger.json"), ledgerClock);
        var options = new JobLauncherOptions
        {
            RecordsRoot = scratch.PathOf("records"),
            Ledger = ledger,
            PollInterval = TimeSpan.FromMilliseconds(100),
            Logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
        };
        return new TestLauncher(new JobLauncher(adapter, configure?.Invoke(options) ?? options), adapter, local, ledger);
    }
}
