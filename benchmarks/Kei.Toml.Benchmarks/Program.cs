using System;
using System.Globalization;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/Kei.Toml.Benchmarks -- [mode]</c> with mode one of:
    /// <c>bench</c> (default: BenchmarkDotNet, then a table of MB/s and allocation ratio),
    /// <c>quick</c> (a stopwatch measurement in a few seconds),
    /// <c>alloc</c> (where the allocated bytes go: tree census, measured object sizes, attribution per input byte),
    /// <c>fuzz [count] [seed]</c> (mutation fuzzing, 1,000,000 inputs by default),
    /// <c>corpus &lt;folder&gt;</c> (writes the benchmark documents for the peer scripts),
    /// <c>time &lt;file&gt; [runs] [bytes|text]</c> (the peer scripts' timing method, median milliseconds).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string mode = args.Length > 0 ? args[0] : "bench";
            switch (mode)
            {
                case "bench":
                    return ReaderBenchmarkTable.Run(args[1..]);
                case "quick":
                    return QuickMeasurement.Run();
                case "alloc":
                    return AllocationBreakdown.Run();
                case "fuzz":
                    long count = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
                    int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
                    return FuzzCommand.Run(count, seed);
                case "time" when args.Length > 1:
                    int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
                    return PeerTiming.Run(args[1], runs, fromBytes: args.Length <= 3 || args[3] != "text");
                case "corpus":
                    return BenchmarkDocuments.WriteCorpus(args.Length > 1 ? args[1] : "toml-corpus");
                default:
                    Console.Error.WriteLine("usage: [bench | quick | alloc | fuzz [count] [seed] | corpus <folder> | time <file> [runs] [bytes|text]]");
                    return 2;
            }
        }
    }
}
