using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Kei.Analyzers.Benchmarks;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>compare &lt;base Kei.Toml.dll&gt; [rounds] [runs] &lt;file&gt;...</c>: the reader of another revision, loaded beside
    /// this one in its own load context, against this one, in one process. Rounds take every entry point in turn (the
    /// first one rotating), each timed by the thread's CPU time over <c>runs</c> parses, so a busy machine slows both
    /// sides alike. A round keeps its fastest run (on a machine shared with other builds a run can only be slowed,
    /// by cache and core contention, never sped up); each figure is the median over rounds of those. Also times this build's <c>Parse(byte[])</c>
    /// against decoding the bytes to a string and calling <c>Parse(string)</c>, both by that figure and by the mean of
    /// all runs: a fastest run is one without a collection, so only the mean charges each side for the memory it
    /// allocates (decoding first allocates twice the input's size).
    /// </summary>
    public static class RevisionComparison
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        public static int Run(string baseAssembly, int rounds, int runs, IReadOnlyList<string> files)
        {
            Type baseReader = new AssemblyLoadContext("base").LoadFromAssemblyPath(Path.GetFullPath(baseAssembly))
                .GetType("Kei.Toml.TomlReader", throwOnError: true)!;
            Console.WriteLine($"{(ThreadCpuClock.IsThreadClock ? "thread CPU" : "process CPU")} ms: median over {rounds} rounds of the fastest of {runs} runs (lower is better)");
            Console.WriteLine("| document | entry point | base ms | now ms | now / base | decode, then Parse(string) ms | Parse(byte[]) / decode-then-parse | the same by mean of all runs |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (string file in files)
            {
                byte[] bytes = File.ReadAllBytes(file);
                string text = StrictUtf8.GetString(bytes);
                var entries = new (string Name, Action Parse)[]
                {
                    ("base bytes", Bind<byte[]>(baseReader, bytes)), ("now bytes", () => TomlReader.Parse(bytes)),
                    ("base text", Bind<string>(baseReader, text)), ("now text", () => TomlReader.Parse(text)),
                    ("now decode", () => TomlReader.Parse(StrictUtf8.GetString(bytes))),
                };
                Dictionary<string, (double Fastest, double Mean)> times = Measure(entries, rounds, runs);
                Dictionary<string, double> ms = times.ToDictionary(t => t.Key, t => t.Value.Fastest);
                string name = Path.GetFileNameWithoutExtension(file);
                Console.WriteLine($"| {name} | Parse(byte[]) | {ms["base bytes"]:F2} | {ms["now bytes"]:F2} | {ms["now bytes"] / ms["base bytes"]:F2} | {ms["now decode"]:F2} | {ms["now bytes"] / ms["now decode"]:F2} | {times["now bytes"].Mean / times["now decode"].Mean:F2} |");
                Console.WriteLine($"| {name} | Parse(string) | {ms["base text"]:F2} | {ms["now text"]:F2} | {ms["now text"] / ms["base text"]:F2} | | | |");
            }

            return 0;
        }

        /// <summary>The other revision's <c>TomlReader.Parse(T)</c> as a call on the given input.</summary>
        private static Action Bind<T>(Type reader, T input)
        {
            var parse = (Func<T, object>)Delegate.CreateDelegate(typeof(Func<T, object>), reader.GetMethod("Parse", new[] { typeof(T) })!);
            return () => parse(input);
        }

        /// <summary>Per entry: the median over rounds of each round's fastest run, and the mean of all runs.</summary>
        private static Dictionary<string, (double Fastest, double Mean)> Measure((string Name, Action Parse)[] entries, int rounds, int runs)
        {
            var perRound = entries.ToDictionary(e => e.Name, _ => new List<double>());
            var all = entries.ToDictionary(e => e.Name, _ => new List<double>());
            foreach (var entry in entries)
            {
                for (int i = 0; i < 5; i++)
                {
                    entry.Parse();
                }
            }

            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < entries.Length; k++)
                {
                    var entry = entries[(k + round) % entries.Length];
                    double[] times = Enumerable.Range(0, runs).Select(_ => CpuMilliseconds(entry.Parse)).ToArray();
                    perRound[entry.Name].Add(times.Min());
                    all[entry.Name].AddRange(times);
                }
            }

            return perRound.ToDictionary(p => p.Key, p => (Median(p.Value), all[p.Key].Average()));
        }

        private static double CpuMilliseconds(Action parse)
        {
            double start = ThreadCpuClock.NowMs();
            parse();
            return ThreadCpuClock.NowMs() - start;
        }

        private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
    }
}
