using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Feeds mutated inputs to <see cref="TomlReader.Parse(byte[])"/>. A failure is any exception other than
    /// <see cref="TomlException"/>, an accepted input whose tree breaks <see cref="TreeInvariants"/>, or an input
    /// under 64 KB slower than 100 ms. An input over the limit is timed
    /// again a few times and judged by its fastest run, so a pause of the machine is not taken for a slow input.
    /// </summary>
    public static class FuzzHarness
    {
        public const double SlowLimitMilliseconds = 100;

        private const int MaxFailuresKept = 20;

        public static FuzzReport Run(IReadOnlyList<byte[]> seeds, int seed, long count, int maxLength)
        {
            foreach (byte[] input in seeds)
            {
                // Warm-up: the first call JIT-compiles the reader, which is not the reader's speed.
                ParseOnce(input, out _);
            }

            var mutator = new TomlMutator(seeds, seed);
            var report = new FuzzReport();
            for (long i = 0; i < count; i++)
            {
                Check(mutator.Next(maxLength), i, report);
            }

            return report;
        }

        private static void Check(byte[] input, long index, FuzzReport report)
        {
            report.Inputs++;
            report.Bytes += input.Length;
            double milliseconds = ParseOnce(input, out Exception? error);
            if (error is TomlException)
            {
                report.Rejected++;
            }
            else if (error != null)
            {
                AddFailure(report, index, input, error.GetType().Name + ": " + error.Message);
                return;
            }
            else
            {
                report.Accepted++;
                string? problem = CheckAcceptedTree(input);
                if (problem != null)
                {
                    AddFailure(report, index, input, "tree does not match its text: " + problem);
                    return;
                }
            }

            if (input.Length >= FuzzReport.SmallInputBytes)
            {
                return;
            }

            if (milliseconds > SlowLimitMilliseconds / 2)
            {
                milliseconds = Retime(input, milliseconds);
            }

            if (milliseconds > report.MaxSmallInputMilliseconds)
            {
                report.MaxSmallInputMilliseconds = milliseconds;
                report.MaxSmallInputLength = input.Length;
            }

            if (milliseconds > SlowLimitMilliseconds)
            {
                AddFailure(report, index, input, $"slow: {milliseconds:F1} ms for {input.Length} bytes");
            }
        }

        /// <summary>Parses again (outside the timing) and checks the tree against the text.</summary>
        private static string? CheckAcceptedTree(byte[] input)
        {
            bool bom = input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF;
            string text = System.Text.Encoding.UTF8.GetString(input, bom ? 3 : 0, input.Length - (bom ? 3 : 0));
            return TreeInvariants.Check(text, TomlReader.Parse(input));
        }

        /// <summary>
        /// The fastest of a few more runs, spaced out: a machine busy with other work can stall one run, or several in
        /// a row, by tens of milliseconds, while an input that is really slow stays slow every time.
        /// </summary>
        private static double Retime(byte[] input, double first)
        {
            double best = first;
            for (int attempt = 0; attempt < 5 && best > SlowLimitMilliseconds / 2; attempt++)
            {
                System.Threading.Thread.Sleep(20);
                best = Math.Min(best, ParseOnce(input, out _));
            }

            return best;
        }

        /// <summary>Parses and returns the elapsed milliseconds; the exception, if any, goes to <paramref name="error"/>.</summary>
        public static double ParseOnce(byte[] input, out Exception? error)
        {
            error = null;
            long start = Stopwatch.GetTimestamp();
            try
            {
                TomlReader.Parse(input);
            }
            catch (Exception e)
            {
                error = e;
            }

            return (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
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
