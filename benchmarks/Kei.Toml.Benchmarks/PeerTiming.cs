using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// The peers' method applied to Kei.Toml (for benchmarks/toml-peers/run.sh): read the file once, warm up, parse
    /// from memory <c>runs</c> times, print the median milliseconds.
    /// </summary>
    public static class PeerTiming
    {
        public static int Run(string path, int runs, bool fromBytes)
        {
            byte[] bytes = File.ReadAllBytes(path);
            string text = Encoding.UTF8.GetString(bytes);
            Func<TomlTable> parse = fromBytes ? () => TomlReader.Parse(bytes) : () => TomlReader.Parse(text);
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
