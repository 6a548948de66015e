namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// A small launcher that reaches every policy-driven rule (retries, intervals, cost tiers, torch, prices, function
/// length), so a broken agent file is read by each analyzer that asks for the policy, not only by the generator.
/// </summary>
internal static class LauncherProbeSource
{
    public const string Text = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Kei.Runtime;

        public static class Probe
        {
            private static readonly GpuFunction Train = new GpuFunction
            {
                Name = "train",
                Image = "pytorch:2.0",
                Command = new[] { "python", "train.py" },
                Gpu = "H100:8",
                Timeout = TimeSpan.FromHours(3),
                Retries = new Retries(MaxRetries: 20),
                CheckpointEverySteps = 5000,
                ProgressEverySteps = 1000,
                TorchVersion = "1.13",
                Detach = false,
            };

            public static async Task RunAsync(JobLauncher launcher, Volume volume, Checkpoint checkpoint, JobContext context, CancellationToken ct)
            {
                CostEstimate estimate = launcher.Estimate(Train, runs: 4);
                CostEstimate guessed = new CostEstimate(8, 2.0, 3.95m);
                JobCall call = await launcher.SpawnAsync(Train, JobInputs.Empty, ct);
                await foreach (Envelope envelope in launcher.MapAsync(Train, new[] { JobInputs.Empty, JobInputs.Empty }, ct))
                {
                    Console.WriteLine(envelope);
                }

                for (long step = 1; step <= 100000; step++)
                {
                    if (step % 2000 == 0) { await volume.SaveCheckpointAsync(checkpoint, ct); }
                    if (step % 999 == 0) { context.ReportProgress(step, 100000); }
                }

                await volume.WriteTextAsync("done.txt", estimate.ToString() + guessed, ct);
                await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), ct);
                Envelope result = await call.GetAsync();
                Console.WriteLine(result.IsSuccess ? 1 : 0);
                Console.WriteLine(step2());
                int step2() => 1;
            }
        }
        """;
}
