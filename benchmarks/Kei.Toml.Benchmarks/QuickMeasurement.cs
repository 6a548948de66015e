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
            var best = double.MaxValue;
            for (int round = 0; round < 10; round++)
            {
                var watch = Stopwatch.StartNew();
                for (int i = 0; i < 10; i++)
                {
                    parse();
                }

                best = Math.Min(best, watch.Elapsed.TotalSeconds / 10);
            }

            Console.WriteLine($"{name,-14} {inputBytes / best / 1e6,8:F1} MB/s  {best * 1000,7:F2} ms  allocated {allocated / (double)inputBytes,5:F2}x input");
        }
    }
}
