using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kei.Analyzers.Benchmarks;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>linear [rounds]</c>: time against size, 1 MB and 10 MB of each shape, parsed from bytes in alternating
    /// rounds (so a busy spell of the machine hits both sizes alike), each run from a collected heap and timed by the
    /// thread's CPU time (on a shared machine the wall time of a parse is mostly waiting for a core); the table gives
    /// the median times and their ratio beside the size ratio. The tests check the same growth on allocated bytes.
    /// </summary>
    public static class LinearGrowth
    {
        public static int Run(int rounds)
        {
            Console.WriteLine($"{(ThreadCpuClock.IsThreadClock ? "thread CPU" : "process CPU")} ms, median of {rounds} rounds");
            Console.WriteLine($"| shape | 1 MB (ms) | 10 MB (ms) | time ratio | size ratio | time ratio / size ratio |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (string shape in ShapedTomlDocument.Shapes)
            {
                byte[] small = Encoding.UTF8.GetBytes(ShapedTomlDocument.Build(shape, 1 << 20));
                byte[] large = Encoding.UTF8.GetBytes(ShapedTomlDocument.Build(shape, 10 << 20));
                TomlReader.Parse(small);
                var smallTimes = new List<double>();
                var largeTimes = new List<double>();
                for (int round = 0; round < rounds; round++)
                {
                    smallTimes.Add(Milliseconds(small));
                    largeTimes.Add(Milliseconds(large));
                }

                double ratio = Median(largeTimes) / Median(smallTimes);
                double sizeRatio = (double)large.Length / small.Length;
                Console.WriteLine($"| {shape} | {Median(smallTimes):F1} | {Median(largeTimes):F1} | {ratio:F2} | {sizeRatio:F2} | {ratio / sizeRatio:F2} |");
            }

            return 0;
        }

        private static double Milliseconds(byte[] input)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            double start = ThreadCpuClock.NowMs();
            TomlReader.Parse(input);
            return ThreadCpuClock.NowMs() - start;
        }

        private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
    }
}
