using System;
using System.Diagnostics;
using System.Text;

namespace Kei.Toml.Benchmarks
{
    /// <summary>A fast stopwatch reading of throughput and allocation, for use while profiling (not the reference figures).</summary>
    public static class QuickMeasurement
    {
        public static int Run()
        {
            string text = BenchmarkDocuments.Mixed();
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            Measure("Parse(string)", bytes.Length, () => TomlReader.Parse(text));
            Measure("Parse(byte[])", bytes.Length, () => TomlReader.Parse(bytes));
            return 0;
        }

        private static void Measure(string name, int inputBytes, Action parse)
        {
            for (int i = 0; i < 20; i++)
            {
                parse();
            }

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            parse();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var bestWall = double.MaxValue;
            var bestCpu = double.MaxValue;
            using Process process = Process.GetCurrentProcess();
            for (int round = 0; round < 10; round++)
            {
                process.Refresh();
                TimeSpan cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                for (int i = 0; i < 10; i++)
                {
                    parse();
                }

                bestWall = Math.Min(bestWall, watch.Elapsed.TotalSeconds / 10);
                process.Refresh();
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds / 10);
            }

            // CPU time (all threads, GC included) is shown too: on a machine shared with other work, wall time overstates the cost.
            Console.WriteLine(
                $"{name,-14} wall {inputBytes / bestWall / 1e6,7:F1} MB/s ({bestWall * 1000:F2} ms)   "
                + $"cpu {inputBytes / bestCpu / 1e6,7:F1} MB/s ({bestCpu * 1000:F2} ms)   allocated {allocated / (double)inputBytes:F2}x input");
        }
    }
}
