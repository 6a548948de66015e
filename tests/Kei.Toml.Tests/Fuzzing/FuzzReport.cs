using System.Collections.Generic;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>What a fuzz run saw: counts, the slowest small input, and the failures (foreign exceptions or slow inputs).</summary>
    public sealed class FuzzReport
    {
        /// <summary>Inputs under this size must parse (or fail) within <see cref="FuzzHarness.SlowLimitMilliseconds"/>.</summary>
        public const int SmallInputBytes = 64 * 1024;

        public long Inputs { get; set; }

        public long Accepted { get; set; }

        public long Rejected { get; set; }

        public long Bytes { get; set; }

        /// <summary>The slowest input under 64 KB, in milliseconds (outliers re-timed; see <see cref="FuzzHarness"/>).</summary>
        public double MaxSmallInputMilliseconds { get; set; }

        public int MaxSmallInputLength { get; set; }

        public List<string> Failures { get; } = new List<string>();

        public string Summary =>
            $"{Inputs:N0} inputs ({Bytes / (1024.0 * 1024.0):F1} MB): {Accepted:N0} accepted, {Rejected:N0} rejected with TomlException, "
            + $"{Failures.Count} failures; slowest input under 64 KB: {MaxSmallInputMilliseconds:F2} ms ({MaxSmallInputLength:N0} bytes)";
    }
}
