using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;
using Spectre.Console;

namespace TrainingLauncher;

/// <summary>The launcher side: estimate and tier, spawn on the local adapter (or Slurm), follow with a progress bar, print the envelope.</summary>
public static class Launcher
{
    public static async Task<int> RunAsync(LauncherArguments arguments)
    {
        if (arguments.Fresh && Directory.Exists(arguments.VolumePath))
        {
            Directory.Delete(arguments.VolumePath, recursive: true);
        }

        var progress = new ProgressState();
        GpuFunction function = TrainingFunction.Create();
        JobLauncher launcher = CreateLauncher(arguments, new JobProgressLogger(progress.Report));
        CostEstimate estimate = launcher.Estimate(function);
        Console.WriteLine($"{estimate} — tier {AgentPolicy.Cost.Classify(estimate).ToString().ToUpperInvariant()} on {(arguments.Slurm ? "slurm" : "local")}");
        Envelope envelope = await FollowAsync(launcher, function, arguments, progress);
        Console.WriteLine(envelope.ToCanonicalJson());
        if (envelope.IsSuccess && Directory.Exists(arguments.VolumePath))
        {
            // Checkpoints exist to resume an interrupted run; a finished run starts the next one afresh.
            Directory.Delete(arguments.VolumePath, recursive: true);
        }

        return envelope.IsSuccess ? 0 : 1;
    }

    private static JobLauncher CreateLauncher(LauncherArguments arguments, JobProgressLogger logger)
        => new(CreateAdapter(arguments, logger), new JobLauncherOptions
        {
            Prices = AgentPolicy.Prices,
            Policy = AgentPolicy.Cost,
            Ledger = new BudgetLedger(Path.Combine(".kei", "ledger.json")),
            CheckpointVolume = new Volume(arguments.VolumePath),
            Logger = logger,
            PollInterval = TimeSpan.FromMilliseconds(200),
        });

    private static IJobAdapter CreateAdapter(LauncherArguments arguments, JobProgressLogger logger)
    {
        string runs = Path.GetFullPath(Path.Combine(".kei", "runs"));
        return arguments.Slurm
            ? new SlurmAdapter(new SlurmAdapterOptions { SharedRoot = runs, Logger = logger })
            : new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = runs, Logger = logger });
    }

    private static async Task<Envelope> FollowAsync(JobLauncher launcher, GpuFunction function, LauncherArguments arguments, ProgressState progress)
    {
        JobCall call = await launcher.SpawnAsync(function, TrainingFunction.Inputs(arguments));
        Task<Envelope> result = call.GetAsync(function.Timeout * 2);
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            ProgressTask bar = context.AddTask($"training {call.Id}", maxValue: arguments.Steps);
            while (!result.IsCompleted)
            {
                bar.Value = progress.Step;
                await Task.WhenAny(result, Task.Delay(100));
            }

            bar.Value = progress.Step;
        });
        Console.Error.WriteLine($"progress: {progress.Step} of {arguments.Steps} steps reported by the job");
        return await result;
    }

    /// <summary>The last progress the job reported, written by the log callback and read by the progress loop.</summary>
    private sealed class ProgressState
    {
        private long step;

        public long Step => Interlocked.Read(ref step);

        public void Report(long current, long total) => Interlocked.Exchange(ref step, current);
    }
}
