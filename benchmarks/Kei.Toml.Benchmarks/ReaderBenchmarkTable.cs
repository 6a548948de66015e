using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// Runs <see cref="ReaderBenchmarks"/> and prints MB/s, allocations per input byte and time against
    /// <c>Parse(string)</c>; the targets (docs/performance.md) apply to Kei.Toml's rows, Tomlyn's are for comparison.
    /// </summary>
    public static class ReaderBenchmarkTable
    {
        private const double TargetMegabytesPerSecond = 100;
        private const double TargetAllocationRatio = 4;

        public static int Run(string[] args)
        {
            Summary summary = BenchmarkRunner.Run<ReaderBenchmarks>(DefaultConfig.Instance, args);
            int inputBytes = Encoding.UTF8.GetByteCount(BenchmarkDocuments.Mixed());
            BenchmarkReport[] reports = summary.Reports.Where(r => r.ResultStatistics != null).ToArray();
            double baseline = reports.Where(r => Name(r) == nameof(ReaderBenchmarks.ParseString)).Select(r => r.ResultStatistics!.Median).DefaultIfEmpty(double.NaN).First();
            Console.WriteLine();
            Console.WriteLine($"| reader | input | MB/s (target >= {TargetMegabytesPerSecond}) | allocated / input (target <= {TargetAllocationRatio}) | time / Parse(string) |");
            Console.WriteLine("|---|---|---|---|---|");
            bool met = true;
            foreach (BenchmarkReport report in reports)
            {
                double seconds = report.ResultStatistics!.Median / 1e9;
                double megabytesPerSecond = inputBytes / seconds / 1e6;
                double ratio = (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / (double)inputBytes;
                bool isKei = !Name(report).StartsWith("Tomlyn", StringComparison.Ordinal);
                met &= !isKei || (megabytesPerSecond >= TargetMegabytesPerSecond && ratio <= TargetAllocationRatio);
                Console.WriteLine($"| {(isKei ? "Kei.Toml " : string.Empty)}{Name(report)} | {inputBytes / 1e6:F2} MB | {megabytesPerSecond:F1} | {ratio:F2} | {report.ResultStatistics.Median / baseline:F2}x |");
            }

            Console.WriteLine(met ? "targets met" : "targets MISSED");
            return 0;
        }

        private static string Name(BenchmarkReport report) => report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    }
}
