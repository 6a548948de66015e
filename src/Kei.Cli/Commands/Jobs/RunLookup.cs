using System;
using System.Text.Json.Nodes;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// Finds a run's record and builds what reaches it again: its adapter (and fallback) from the record, and a
    /// launcher over them that settles in the ledger the run reserved in.
    /// </summary>
    internal sealed class RunLookup
    {
        private RunLookup(RunRecordStore store, RunRecord record)
        {
            Store = store;
            Record = record;
        }

        public RunRecordStore Store { get; }

        public RunRecord Record { get; }

        /// <summary>The record, or null after printing why there is none.</summary>
        public static RunLookup? Find(RunRecordStore store, string runId, CliOutput output)
        {
            RunRecord? record = store.Read(runId);
            if (record == null)
            {
                output.PrintError("no run '" + runId + "' is recorded under '" + store.Root + "' (see kei jobs list, or pass --records)");
                return null;
            }

            return new RunLookup(store, record);
        }

        /// <summary>The adapter that runs the current attempt (the fallback's when the attempt ran there).</summary>
        public IJobAdapter AttemptAdapter()
        {
            string? fallbackName = Record.FallbackJson == null ? null : (string?)JsonNode.Parse(Record.FallbackJson)!["name"];
            bool onFallback = Record.Attempt != null && Record.Attempt.Adapter == fallbackName;
            return JobAdapters.Rebuild(JsonNode.Parse(onFallback ? Record.FallbackJson! : Record.AdapterJson)!.AsObject());
        }

        /// <summary>A launcher that can re-attach to the run: same adapters, records and ledger.</summary>
        public JobLauncher Launcher(Action<JobEvent>? onEvent = null) =>
            new JobLauncher(JobAdapters.Rebuild(JsonNode.Parse(Record.AdapterJson)!.AsObject()), new JobLauncherOptions
            {
                RecordsRoot = Store.Root,
                Ledger = Record.LedgerPath == null ? null : new BudgetLedger(Record.LedgerPath),
                Fallback = Record.FallbackJson == null ? null : JobAdapters.Rebuild(JsonNode.Parse(Record.FallbackJson)!.AsObject()),
                PollInterval = TimeSpan.FromMilliseconds(500),
                OnJobEvent = onEvent,
            });
    }
}
