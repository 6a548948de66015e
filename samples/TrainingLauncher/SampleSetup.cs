using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>
/// Where the sample keeps its state (under <c>.kei/</c> in the current directory: run folders, run records, the
/// budget ledger) and which adapters it uses: this machine, or in auto mode the Slurm cluster with this machine as
/// the fallback.
/// </summary>
public static class SampleSetup
{
    public static string RecordsFolder => Path.Combine(".kei", "records");

    public static JobLauncher CreateLauncher(LauncherArguments arguments, Action<JobEvent> onEvent)
    {
        string runs = Path.GetFullPath(Path.Combine(".kei", "runs"));
        var local = new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = runs });
        IJobAdapter adapter = arguments.Remote ? new SlurmAdapter(new SlurmAdapterOptions { SharedRoot = runs }) : local;
        return new JobLauncher(adapter, new JobLauncherOptions
        {
            Prices = AgentPolicy.Prices,
            Policy = AgentPolicy.Cost,
            Ledger = new BudgetLedger(Path.Combine(".kei", "ledger.json")),
            RecordsRoot = RecordsFolder,
            CheckpointVolume = new Volume(arguments.VolumePath),
            Fallback = arguments.Remote && !arguments.ForceRemote ? local : null,
            PollInterval = TimeSpan.FromMilliseconds(200),
            OnJobEvent = onEvent,
        });
    }

    public static string DescribeEstimate(JobLauncher launcher, GpuFunction function, LauncherArguments arguments)
    {
        CostEstimate estimate = launcher.Estimate(function);
        string tier = AgentPolicy.Cost.Classify(estimate).ToString().ToUpperInvariant();
        string where = !arguments.Remote ? "local"
            : launcher.Options.Fallback is null ? "slurm (forced: no fallback)"
            : $"slurm (auto mode: local once the daily cap or {launcher.Options.MinutesPerDay:0.##} min/day would be passed)";
        return $"{estimate} — tier {tier} on {where}";
    }

    /// <summary>A run of this function on this volume that has not ended: the launcher re-attaches to it.</summary>
    public static RunRecord? FindUnfinished(JobLauncher launcher, GpuFunction function, LauncherArguments arguments) =>
        launcher.Records.List().FirstOrDefault(record => !record.IsFinished && record.FunctionName == function.Name
            && record.AdapterName == (arguments.Remote ? "slurm" : "local")
            && (string?)JsonNode.Parse(record.RequestJson)?["inputs"]?["volume"] == arguments.VolumePath);
}
