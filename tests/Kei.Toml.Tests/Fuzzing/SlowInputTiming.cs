using System;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// The benchmark's wall-clock check of the long fuzz run: an input under 64 KB must parse (or fail) within 100 ms.
    /// An input over half the limit is timed again a few times, spaced out, and judged by its fastest run: a machine
    /// busy with other work can stall one run, or several in a row, while an input that is really slow stays slow.
    /// The tests never use this; they bound allocation instead.
    /// </summary>
    public static class SlowInputTiming
    {
        public const double SlowLimitMilliseconds = 100;

        /// <summary>Records the time in the report; a failure message when the input is slow, else null.</summary>
        public static string? Judge(byte[] input, double milliseconds, FuzzReport report)
        {
            if (milliseconds > SlowLimitMilliseconds / 2)
            {
                for (int attempt = 0; attempt < 5 && milliseconds > SlowLimitMilliseconds / 2; attempt++)
                {
                    System.Threading.Thread.Sleep(20);
                    milliseconds = Math.Min(milliseconds, FuzzHarness.ParseOnce(input, out _, out _));
                }
            }

            if (milliseconds > report.MaxSmallInputMilliseconds)
            {
                report.MaxSmallInputMilliseconds = milliseconds;
                report.MaxSmallInputLength = input.Length;
            }

            return milliseconds > SlowLimitMilliseconds ? $"slow: {milliseconds:F1} ms for {input.Length} bytes" : null;
        }
    }
}
