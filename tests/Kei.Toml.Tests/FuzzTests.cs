using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// A deterministic slice of the mutation fuzzer (the benchmark command runs a million inputs), and the
    /// linear-time check: 10 MB must not cost much more than ten times 1 MB.
    /// </summary>
    [Collection(TimingCollection.Name)]
    public sealed class FuzzTests
    {
        private readonly ITestOutputHelper output;

        public FuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Twenty_thousand_mutated_inputs_raise_only_toml_exception_and_none_is_slow()
        {
            List<byte[]> seeds = FuzzSeeds.Load(AppContext.BaseDirectory);
            Assert.True(seeds.Count >= 777, "expected every case of both compliance lists as a seed, got " + seeds.Count);

            FuzzReport report = FuzzHarness.Run(seeds, seed: 2024, count: 20_000, maxLength: FuzzReport.SmallInputBytes - 1);
            output.WriteLine(report.Summary);
            report.Failures.ForEach(output.WriteLine);

            Assert.Equal(20_000, report.Inputs);
            Assert.True(report.Accepted > 100 && report.Rejected > 100, "the mutations should produce both valid and invalid inputs: " + report.Summary);
            Assert.Empty(report.Failures);
            Assert.True(report.MaxSmallInputMilliseconds <= FuzzHarness.SlowLimitMilliseconds, report.Summary);
        }

        public static TheoryData<string> Shapes => new TheoryData<string> { "mixed", "long-array", "many-tables", "long-string", "deep-arrays" };

        /// <summary>
        /// CPU time of the parsing thread (which includes the blocking collections the parse causes), which a loaded
        /// machine disturbs far less than wall time. A quadratic path would make the ratio about 100; the bound (4x linear) leaves room for what the runtime
        /// charges a growing live heap: the tree of a 10 MB document no longer fits the caches, every collection
        /// promotes it, and its memory is fresh pages (with a 1 GB gen0 the mixed and long-array shapes measure 9.8 and
        /// 11.0; the object-dense many-tables and deep-arrays shapes measure 15-25 on a shared machine).
        /// </summary>
        [Theory]
        [MemberData(nameof(Shapes))]
        public void Parse_time_grows_linearly_from_1_to_10_MB(string shape)
        {
            byte[] small = Encoding.UTF8.GetBytes(Build(shape, 1 << 20));
            byte[] large = Encoding.UTF8.GetBytes(Build(shape, 10 << 20));
            TomlReader.Parse(small);
            var smallTimes = new List<double>();
            var largeTimes = new List<double>();
            for (int run = 0; run < 5; run++)
            {
                // Alternating runs, so a slow spell of the machine hits both sizes alike.
                smallTimes.Add(CpuMilliseconds(small));
                largeTimes.Add(CpuMilliseconds(large));
            }

            double ratio = Median(largeTimes) / Median(smallTimes);
            double sizeRatio = (double)large.Length / small.Length;
            output.WriteLine($"{shape}: 1 MB {Median(smallTimes):F1} ms, 10 MB {Median(largeTimes):F1} ms {(ThreadCpuClock.IsCpuTime ? "thread CPU" : "wall")} (median of 5), time ratio {ratio:F1} for size ratio {sizeRatio:F1}");
            Assert.True(ratio < sizeRatio * 4, $"{shape}: time ratio {ratio:F1} for size ratio {sizeRatio:F1} is not linear");
        }

        private static double CpuMilliseconds(byte[] input)
        {
            // Start each run from a collected heap so that one size does not pay for the other's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            double before = ThreadCpuClock.NowMilliseconds();
            TomlReader.Parse(input);
            return ThreadCpuClock.NowMilliseconds() - before;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        /// <summary>Documents that stress one construct each: a quadratic path in any of them shows in the ratio.</summary>
        internal static string Build(string shape, int bytes)
        {
            var sb = new StringBuilder(bytes + 64);
            switch (shape)
            {
                case "mixed":
                    return MixedTomlDocument.Generate(bytes);
                case "long-array":
                    sb.Append("a = [");
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append(i).Append(i % 10 == 9 ? ",\n" : ", ");
                    }

                    return sb.Append("]\n").ToString();
                case "many-tables":
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append("[t").Append(i).Append(".sub]\nk").Append(i).Append(".x = ").Append(i).Append("\n[[list]]\nv = 1\n");
                    }

                    return sb.ToString();
                case "long-string":
                    sb.Append("s = \"\"\"\n");
                    while (sb.Length < bytes)
                    {
                        sb.Append("text \\u00E9 with \\\"escapes\\\" \\\n   and a continued line\n");
                    }

                    return sb.Append("\"\"\"\n").ToString();
                default:
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append("k").Append(i).Append(" = ").Append('[', 500).Append(']', 500).Append('\n');
                    }

                    return sb.ToString();
            }
        }
    }
}
