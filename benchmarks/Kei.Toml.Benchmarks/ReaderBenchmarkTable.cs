using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kei.Toml.Benchmarks
{
    /// <summary>Runs <see cref="ReaderBenchmarks"/> and prints MB/s and allocations per input byte against quality.md's targets.</summary>
    public static class ReaderBenchmarkTable
    {
        private const double TargetMegabytesPerSecond = 100;
        private const double TargetAllocationRatio = 4;

        public static int Run(string[] args)
        {
            Summary summary = BenchmarkRunner.Run<ReaderBenchmarks>(DefaultConfig.Instance, args);
            int inputBytes = Encoding.UTF8.GetByteCount(BenchmarkDocuments.Mixed());
            Console.WriteLine();
            Console.WriteLine($"| entry point | input | MB/s (target >= {TargetMegabytesPerSecond}) | allocated / input (target <= {TargetAllocationRatio}) |");
            Console.WriteLine("|---|---|---|---|");
            bool met = true;
            foreach (BenchmarkReport report in summary.Reports.Where(r => r.ResultStatistics != null))
            {
                double seconds = report.ResultStatistics!.Median / 1e9;
                double megabytesPerSecond = inputBytes / seconds / 1e6;
                double ratio = (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / (double)inputBytes;
                met &= megabytesPerSecond >= TargetMegabytesPerSecond && ratio <= TargetAllocationRatio;
                Console.WriteLine($"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {inputBytes / 1e6:F2} MB | {megabytesPerSecond:F1} | {ratio:F2} |");
            }

            Console.WriteLine(met ? "targets met" : "targets MISSED");
            return 0;
        }
    }
}
