using System;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>What every run of a launcher shares: the policy, the adapters, the cost guard and the records folder.</summary>
internal sealed class RunContext
{
    public RunContext(IJobAdapter adapter, JobLauncherOptions options, BudgetLedger ledger)
    {
        Adapter = adapter;
        Options = options;
        Guard = new CostGuard(options, adapter, ledger);
        Store = new RunRecordStore(options.RecordsRoot);
    }

    public IJobAdapter Adapter { get; }

    public JobLauncherOptions Options { get; }

    public CostGuard Guard { get; }

    public RunRecordStore Store { get; }

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    /// <summary>The same context over another ledger (a re-attached run settles in the ledger it reserved in).</summary>
    public RunContext WithLedger(string? ledgerPath) =>
        ledgerPath is null || string.Equals(System.IO.Path.GetFullPath(ledgerPath), Guard.Ledger.Path, StringComparison.Ordinal)
            ? this : new RunContext(Adapter, Options, new BudgetLedger(ledgerPath, Options.Time));

    /// <summary>The launcher's adapter or its fallback, by name; <c>ERR_INPUTS</c> for another.</summary>
    public IJobAdapter AdapterNamed(string name) =>
        name == Adapter.Name ? Adapter
        : Options.Fallback is { } fallback && name == fallback.Name ? fallback
        : throw new KeiRuntimeException(ErrorCodes.Inputs,
            $"The run's attempt ran on '{name}'; attach with a launcher over that adapter (this one has '{Adapter.Name}').");

    /// <summary>Passes an event to the application; a failing handler is logged, never allowed to end the run.</summary>
    public void Raise(JobEvent jobEvent)
    {
        try
        {
            Options.OnJobEvent?.Invoke(jobEvent);
        }
        catch (Exception failure)
        {
            Options.Logger.Event(LogLevel.Error, RuntimeEvents.ErrorAdapter, "{RunId}: the event handler failed: {Error}", jobEvent.RunId, failure.Message);
        }
    }
}
