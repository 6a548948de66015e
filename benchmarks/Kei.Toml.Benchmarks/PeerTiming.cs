using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// The peers' method applied to the .NET readers (for benchmarks/toml-peers/run.sh and compare-revisions.sh): read
    /// the file once, warm up, parse from memory <c>runs</c> times in one of <see cref="ReaderEntryPoints.Names"/>,
    /// print the median milliseconds.
    /// </summary>
    public static class PeerTiming
    {
        public static int Run(string path, int runs, string entryPoint)
        {
            Func<object> parse = ReaderEntryPoints.For(entryPoint, File.ReadAllBytes(path));
            for (int i = 0; i < 20; i++)
            {
                parse();
            }

            var times = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                long start = Stopwatch.GetTimestamp();
                parse();
                times.Add((Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency);
            }

            times.Sort();
            Console.WriteLine(times[times.Count / 2].ToString("F3", CultureInfo.InvariantCulture));
            return 0;
        }
    }
}
