using System;
using System.Collections.Generic;
using System.Text;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// A deterministic slice of the mutation fuzzer (the benchmark command runs a million inputs), and linear growth
    /// checked by counting work instead of timing it: what a 10 MB parse allocates against a 1 MB parse. Nothing here
    /// reads a clock, so a loaded machine cannot turn a pass into a failure; time against size is the benchmark's
    /// <c>linear</c> table (benchmarks/Kei.Toml.Benchmarks).
    /// </summary>
    public sealed class FuzzTests
    {
        private readonly ITestOutputHelper output;

        public FuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Twenty_thousand_mutated_inputs_raise_only_toml_exception_keep_allocation_bounded_and_match_tomlyn()
        {
            List<byte[]> seeds = FuzzSeeds.Load(AppContext.BaseDirectory);
            Assert.True(seeds.Count >= 777, "expected every case of both compliance lists as a seed, got " + seeds.Count);

            FuzzReport report = FuzzHarness.Run(seeds, seed: 2024, count: 20_000, maxLength: FuzzReport.SmallInputBytes - 1);
            output.WriteLine(report.Summary);
            report.Failures.ForEach(output.WriteLine);

            Assert.Equal(20_000, report.Inputs);
            Assert.True(report.Accepted > 100 && report.Rejected > 100, "the mutations should produce both valid and invalid inputs: " + report.Summary);
            Assert.True(report.Oracle.Compared > 100, "too few inputs compared with Tomlyn: " + report.Summary);
            Assert.Empty(report.Failures);
        }

        public static TheoryData<string> Shapes => new TheoryData<string>(ShapedTomlDocument.Shapes);

        /// <summary>
        /// Allocation is deterministic: the same input allocates the same bytes on an idle or a busy machine. Work that
        /// grows faster than the input and allocates (a copy per item, a rebuilt index, a string grown by
        /// concatenation) shows as a ratio far above 10; the bound is 25 % around the size ratio.
        /// </summary>
        [Theory]
        [MemberData(nameof(Shapes))]
        public void Parse_allocation_grows_linearly_from_1_to_10_MB(string shape)
        {
            byte[] small = Encoding.UTF8.GetBytes(ShapedTomlDocument.Build(shape, 1 << 20));
            byte[] large = Encoding.UTF8.GetBytes(ShapedTomlDocument.Build(shape, 10 << 20));
            long smallBytes = AllocatedBy(small);
            long largeBytes = AllocatedBy(large);

            double ratio = (double)largeBytes / smallBytes;
            double sizeRatio = (double)large.Length / small.Length;
            output.WriteLine($"{shape}: 1 MB allocates {smallBytes:N0} bytes, 10 MB {largeBytes:N0}: ratio {ratio:F2} for size ratio {sizeRatio:F2}");
            Assert.InRange(ratio, sizeRatio * 0.8, sizeRatio * 1.25);
        }

        private static long AllocatedBy(byte[] input)
        {
            FuzzHarness.ParseOnce(input, out Exception? error, out long allocated);
            Assert.Null(error);
            return allocated;
        }
    }
}
