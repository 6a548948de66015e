using System;
using System.Collections.Generic;
using System.Diagnostics;
using Kei.Toml.Tests.Oracle;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Feeds mutated inputs to <see cref="TomlReader.Parse(byte[])"/>. A failure is any exception other than
    /// <see cref="TomlException"/>, an accepted input whose tree breaks <see cref="TreeInvariants"/> or whose values
    /// differ from Tomlyn's (<see cref="TomlynOracle"/>; inputs Tomlyn refuses are not compared), or an input whose
    /// parse allocates more than <see cref="FuzzReport.AllocationLimit"/>: allocation is counted, not timed, so a
    /// loaded machine cannot fail it. With <paramref name="timeInputs"/> (the benchmark's long run, never a test) an
    /// input under 64 KB slower than 100 ms fails too.
    /// </summary>
    public static class FuzzHarness
    {
        private const int MaxFailuresKept = 20;

        public static FuzzReport Run(IReadOnlyList<byte[]> seeds, int seed, long count, int maxLength, bool timeInputs = false)
        {
            foreach (byte[] input in seeds)
            {
                // Warm-up: the first call JIT-compiles the reader, which is not the reader's speed.
                ParseOnce(input, out _, out _);
            }

            var mutator = new TomlMutator(seeds, seed);
            var report = new FuzzReport();
            for (long i = 0; i < count; i++)
            {
                Check(mutator.Next(maxLength), i, report, timeInputs);
            }

            return report;
        }

        private static void Check(byte[] input, long index, FuzzReport report, bool timeInputs)
        {
            report.Inputs++;
            report.Bytes += input.Length;
            double milliseconds = ParseOnce(input, out Exception? error, out long allocated);
            string? problem = error is TomlException ? null
                : error != null ? error.GetType().Name + ": " + error.Message
                : CheckAcceptedTree(input, report);
            report.Rejected += error is TomlException ? 1 : 0;
            report.Accepted += error == null ? 1 : 0;
            problem ??= report.CountAllocation(input.Length, allocated);
            if (problem == null && timeInputs && input.Length < FuzzReport.SmallInputBytes)
            {
                problem = SlowInputTiming.Judge(input, milliseconds, report);
            }

            if (problem != null)
            {
                AddFailure(report, index, input, problem);
            }
        }

        /// <summary>Parses again (outside the measurement), checks the tree against the text, and its values against Tomlyn's.</summary>
        private static string? CheckAcceptedTree(byte[] input, FuzzReport report)
        {
            bool bom = input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF;
            string text = System.Text.Encoding.UTF8.GetString(input, bom ? 3 : 0, input.Length - (bom ? 3 : 0));
            TomlTable tree = TomlReader.Parse(input);
            string? problem = TreeInvariants.Check(text, tree);
            if (problem != null)
            {
                return "tree does not match its text: " + problem;
            }

            Tomlyn.Model.TomlTable? tomlyn = TomlynOracle.TryRead(input, out _);
            if (tomlyn == null)
            {
                report.Oracle.RefusedByTomlynOnly++;
                return null;
            }

            report.Oracle.Compared++;
            string? difference = TomlynOracle.UnlistedDifference(tree, tomlyn, report.Oracle);
            return difference == null ? null : "values differ from Tomlyn's: " + difference;
        }

        /// <summary>Parses once: the elapsed milliseconds, the bytes this thread allocated, and the exception if any.</summary>
        public static double ParseOnce(byte[] input, out Exception? error, out long allocated)
        {
            error = null;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            try
            {
                TomlReader.Parse(input);
            }
            catch (Exception e)
            {
                error = e;
            }

            long end = Stopwatch.GetTimestamp();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            return (end - start) * 1000.0 / Stopwatch.Frequency;
        }

        private static void AddFailure(FuzzReport report, long index, byte[] input, string what)
        {
            if (report.Failures.Count < MaxFailuresKept)
            {
                string preview = Convert.ToBase64String(input, 0, Math.Min(input.Length, 256));
                report.Failures.Add($"input #{index} ({input.Length} bytes, base64 head {preview}): {what}");
            }
            else
            {
                report.Failures.Add($"input #{index}: {what}");
            }
        }
    }
}
