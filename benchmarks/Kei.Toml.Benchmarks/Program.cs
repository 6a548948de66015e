using System;
using System.Globalization;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/Kei.Toml.Benchmarks -- [mode]</c> with mode one of:
    /// <c>bench</c> (default: BenchmarkDotNet, then a table of MB/s and allocation ratio, Tomlyn beside Kei.Toml),
    /// <c>quick</c> (a stopwatch measurement in a few seconds),
    /// <c>alloc</c> (where the allocated bytes go: tree census, measured object sizes, attribution per input byte),
    /// <c>conformance</c> (Kei.Toml and Tomlyn on both toml-test lists),
    /// <c>linear [rounds]</c> (time against size, 1 MB and 10 MB of five shapes),
    /// <c>fuzz [count] [seed]</c> (mutation fuzzing, 1,000,000 inputs by default),
    /// <c>compare &lt;base Kei.Toml.dll&gt; &lt;rounds&gt; &lt;runs&gt; &lt;file&gt;...</c> (another revision's reader against this one, in one process),
    /// <c>corpus &lt;folder&gt; [large]</c> (writes the benchmark documents for the scripts; <c>large</c> adds ~3 MB ones),
    /// <c>time &lt;file&gt; [runs] [entry point]</c> (the peer scripts' timing method, median milliseconds; entry point one of
    /// <see cref="ReaderEntryPoints.Names"/>, default bytes).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string mode = args.Length > 0 ? args[0] : "bench";
            switch (mode)
            {
                case "bench": return ReaderBenchmarkTable.Run(args[1..]);
                case "quick": return QuickMeasurement.Run();
                case "alloc": return AllocationBreakdown.Run();
                case "conformance": return ConformanceTable.Run();
                case "linear": return LinearGrowth.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
                case "fuzz":
                    long count = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
                    int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
                    return FuzzCommand.Run(count, seed);
                case "time" when args.Length > 1:
                    int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
                    return PeerTiming.Run(args[1], runs, args.Length > 3 ? args[3] : "bytes");
                case "compare" when args.Length > 4:
                    return RevisionComparison.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4..]);
                case "corpus":
                    return BenchmarkDocuments.WriteCorpus(args.Length > 1 ? args[1] : "toml-corpus", args.Length > 2 && args[2] == "large");
                default:
                    Console.Error.WriteLine("usage: [bench | quick | alloc | conformance | linear [rounds] | fuzz [count] [seed] | compare <base Kei.Toml.dll> <rounds> <runs> <file>... | corpus <folder> [large] | time <file> [runs] [entry point]]");
                    return 2;
            }
        }
    }
}
