using System.Collections.Generic;
using Kei.Toml.Tests.Oracle;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>What a fuzz run saw: counts, allocation per input byte, the slowest small input when timed, and the failures.</summary>
    public sealed class FuzzReport
    {
        /// <summary>Inputs under this size must parse (or fail) within <see cref="SlowInputTiming.SlowLimitMilliseconds"/> when timed.</summary>
        public const int SmallInputBytes = 64 * 1024;

        /// <summary>
        /// Bytes a parse may allocate per input byte, plus <see cref="AllocationAllowance"/>. The tree of a dense
        /// document costs about 5 to 80 bytes per input byte (a '[' is an array object and its item slot), so a bound
        /// far above that still catches work that grows faster than the input, without reading a clock.
        /// </summary>
        public const long AllocationPerByteLimit = 200;

        /// <summary>What a parse of a tiny input may allocate: the parser, its buffers, an exception and its message.</summary>
        public const long AllocationAllowance = 256 * 1024;

        public long Inputs { get; set; }

        public long Accepted { get; set; }

        public long Rejected { get; set; }

        public long Bytes { get; set; }

        /// <summary>The most any input of 1 KB or more allocated, per input byte (the allowance not taken off).</summary>
        public double MaxAllocationPerByte { get; private set; }

        /// <summary>The slowest input under 64 KB, in milliseconds, when the run timed its inputs.</summary>
        public double MaxSmallInputMilliseconds { get; set; }

        public int MaxSmallInputLength { get; set; }

        public OracleCounts Oracle { get; } = new OracleCounts();

        public List<string> Failures { get; } = new List<string>();

        public string Summary =>
            $"{Inputs:N0} inputs ({Bytes / (1024.0 * 1024.0):F1} MB): {Accepted:N0} accepted, {Rejected:N0} rejected with TomlException, "
            + $"{Failures.Count} failures; most allocated per input byte (inputs of 1 KB or more): {MaxAllocationPerByte:F1}"
            + (MaxSmallInputLength > 0 ? $"; slowest input under 64 KB: {MaxSmallInputMilliseconds:F2} ms ({MaxSmallInputLength:N0} bytes)" : string.Empty)
            + "; " + Oracle.Summary;

        /// <summary>Records what a parse allocated; a failure message when it is over the bound, else null.</summary>
        public string? CountAllocation(int inputLength, long allocated)
        {
            if (inputLength >= 1024)
            {
                MaxAllocationPerByte = System.Math.Max(MaxAllocationPerByte, (double)allocated / inputLength);
            }

            long limit = AllocationAllowance + (AllocationPerByteLimit * inputLength);
            return allocated <= limit ? null : $"allocated {allocated:N0} bytes for {inputLength:N0} input bytes (limit {limit:N0})";
        }
    }
}
