using System;
using System.Diagnostics;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Benchmarks
{
    /// <summary>The long fuzz run of the robustness targets: at least 1,000,000 mutated inputs, zero failures expected.</summary>
    public static class FuzzCommand
    {
        public static int Run(long count, int seed)
        {
            var seeds = FuzzSeeds.Load(AppContext.BaseDirectory);
            var watch = Stopwatch.StartNew();
            FuzzReport report = FuzzHarness.Run(seeds, seed, count, FuzzReport.SmallInputBytes - 1, timeInputs: true);
            Console.WriteLine($"fuzz (seed {seed}, {seeds.Count} seeds, {watch.Elapsed.TotalSeconds:F0} s): {report.Summary}");
            foreach (string failure in report.Failures)
            {
                Console.WriteLine("  FAIL " + failure);
            }

            return report.Failures.Count == 0 ? 0 : 1;
        }
    }
}
