using System;
using System.Globalization;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Members of a launcher as users write them against Kei.Runtime: GPU function initializers, spawns and waits, training
/// loops with checkpoints on volumes. Constants vary with the seed, and about one file in five breaks a rule, so the
/// rules' reporting paths run too, not only their early exits.
/// </summary>
internal static class LauncherSnippets
{
    private static readonly string[] Gpus = ["A10:1", "L40S:2", "A100-80GB:4", "H100:8", "H200:1", "B200:2"];

    public static string Function(Random random, int index)
    {
        bool violate = random.Next(5) == 0;
        string retries = violate && random.Next(2) == 0 ? string.Empty : $"\n        Retries = new Retries(MaxRetries: {1 + random.Next(5)}),";
        int checkpoint = violate ? 1000 + random.Next(5000) : 100 * (1 + random.Next(5));
        return $$"""
            private static readonly GpuFunction Function{{index}} = new GpuFunction
            {
                Name = "job-{{index}}",
                Image = "pytorch:2.{{random.Next(8)}}",
                Command = new[] { "python", "train_{{index}}.py", "--epochs", "{{1 + random.Next(20)}}" },
                Gpu = "{{Gpus[random.Next(Gpus.Length)]}}",
                Timeout = TimeSpan.FromMinutes({{5 + random.Next(90)}}),{{retries}}
                CheckpointEverySteps = {{checkpoint}},
                ProgressEverySteps = {{50 * (1 + random.Next(5))}},
                Detach = {{(violate && random.Next(2) == 0 ? "false" : "true")}},
            };
        """;
    }

    public static string Spawn(Random random, int index) => Launch(random, index) + "\n\n" + Sweep(random, index);

    private static string Launch(Random random, int index) => $$"""
            public static async Task<Envelope> Launch{{index}}Async(JobLauncher launcher, int steps, CancellationToken ct)
            {
                CostEstimate estimate = launcher.Estimate(Function{{index}});
                if (estimate.TotalUsd > {{10 + random.Next(40)}}m)
                {
                    throw new InvalidOperationException("Estimate too high: " + estimate);
                }

                var inputs = JobInputs.From(new Dictionary<string, object?> { ["steps"] = steps, ["seed"] = {{random.Next(1000)}} });
                JobCall call = await launcher.SpawnAsync(Function{{index}}, inputs, ct);
                Envelope envelope = await call.GetAsync({{(random.Next(6) == 0 ? "ct: ct" : "TimeSpan.FromHours(2), ct")}});
                return envelope;
            }
        """;

    private static string Sweep(Random random, int index) => $$"""
            public static async Task<int> Sweep{{index}}Async(JobLauncher launcher, IReadOnlyList<int> seeds, CancellationToken ct)
            {
                var inputs = new List<JobInputs>();
                foreach (int seed in seeds)
                {
                    inputs.Add(JobInputs.From(new Dictionary<string, object?> { ["seed"] = seed }));
                }

                int failures = 0;
                await foreach (Envelope envelope in launcher.{{(random.Next(8) == 0 ? "MapAsync" : "SpawnManyAsync")}}(Function{{index}}, inputs, ct))
                {
                    failures += envelope.IsSuccess ? 0 : 1;
                }

                return failures;
            }
        """;

    public static string TrainingLoop(Random random, int index)
    {
        string commit = random.Next(6) == 0 ? "if (step == total) { await volume.CommitAsync(ct); }" : "await volume.CommitAsync(ct);";
        return $$"""
            public static async Task Train{{index}}Async(JobContext context, Volume volume, long total, CancellationToken ct)
            {
                double loss = 1.0;
                long start = context.ResumeStep ?? 0;
                for (long step = start + 1; step <= total; step++)
                {
                    loss = loss * 0.{{990 + random.Next(9)}} + 0.001 * Math.Sin(step);
                    if (step % {{100 * (1 + random.Next(5))}} == 0)
                    {
                        byte[] state = BitConverter.GetBytes(loss);
                        var metrics = new Dictionary<string, double> { ["loss"] = loss, ["step"] = step };
                        await volume.SaveCheckpointAsync(new Checkpoint(step, state, metrics), ct);
                        {{commit}}
                    }

                    if (step % {{50 * (1 + random.Next(5))}} == 0)
                    {
                        context.ReportProgress(step, total);
                    }
                }

                await volume.WriteTextAsync("summary-{{index}}.txt", loss.ToString("R", CultureInfo.InvariantCulture), ct);
                await volume.CommitAsync(ct);
            }
        """;
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
