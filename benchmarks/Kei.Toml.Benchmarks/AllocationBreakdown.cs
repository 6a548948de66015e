using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>alloc</c>: where the reader's allocations go on the ~1 MB mixed document. Object sizes are measured on the
    /// running runtime rather than taken from field layouts, so the split stays true when the model or the runtime changes.
    /// </summary>
    public static class AllocationBreakdown
    {
        private const double TargetRatio = 4;
        private const int WarmUps = 20;
        private const int Runs = 9;
        private const int Instances = 100_000;
        private static readonly TomlPosition Somewhere = new TomlPosition(1, 1, 1);
        private static readonly TomlValue SharedValue = new TomlBoolean(true, Somewhere);

        /// <summary>The value classes, each with a constructor call to measure; the four date-time kinds share one class.</summary>
        private static readonly (string Name, TomlValueKind[] Kinds, Func<object> Create)[] ValueClasses =
        {
            ("TomlString", new[] { TomlValueKind.String }, () => new TomlString("v", Somewhere)),
            ("TomlInteger", new[] { TomlValueKind.Integer }, () => new TomlInteger(1, Somewhere)),
            ("TomlFloat", new[] { TomlValueKind.Float }, () => new TomlFloat(1, Somewhere)),
            ("TomlBoolean", new[] { TomlValueKind.Boolean }, () => new TomlBoolean(true, Somewhere)),
            ("TomlDateTime", new[] { TomlValueKind.OffsetDateTime, TomlValueKind.LocalDateTime, TomlValueKind.LocalDate, TomlValueKind.LocalTime },
                () => new TomlDateTime(TomlValueKind.LocalDate, new TomlDateTimeParts(1979, 5, 27, 0, 0, 0, "", 0), Somewhere)),
        };

        private sealed record EntryPoint(string Name, long Allocated, long Retained, long Decoded);

        public static int Run()
        {
            // Figures are compared across machines; a decimal comma would make the tables ambiguous.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string text = BenchmarkDocuments.Mixed();
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            double n = bytes.Length;
            Func<object> parseText = () => TomlReader.Parse(text), parseBytes = () => TomlReader.Parse(bytes);
            var fromText = new EntryPoint("Parse(string)", Median(parseText, Allocated), Median(parseText, Retained), 0);
            // Parse(byte[]) reads the UTF-8 in place: no decoded copy of the input to count.
            var fromBytes = new EntryPoint("Parse(byte[])", Median(parseBytes, Allocated), Median(parseBytes, Retained), 0);
            var census = new Census(TomlReader.Parse(text));
            var objects = ModelObjects(census);
            Console.WriteLine($"input: {bytes.Length:N0} UTF-8 bytes, {text.Length:N0} chars; median of {Runs} runs after {WarmUps} warm-ups");
            Console.WriteLine();
            Console.WriteLine("| entry point | allocated / input | of which UTF-8 decode | retained by the tree | transient (allocated - retained) |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (EntryPoint e in new[] { fromText, fromBytes })
            {
                Console.WriteLine($"| {e.Name} | {e.Allocated / n:F2} | {e.Decoded / n:F2} | {e.Retained / n:F2} | {(e.Allocated - e.Retained) / n:F2} |");
            }

            PrintCensus(census, objects);
            PrintAttribution(census, objects, fromText, fromBytes, n);
            return 0;
        }

        /// <summary>Count in the tree and measured size of each model class (containers as empty shells).</summary>
        private static List<(string Name, int Count, double Each)> ModelObjects(Census census)
        {
            var objects = new List<(string Name, int Count, double Each)>
            {
                ("TomlTable (with its empty List)", census.Of(TomlValueKind.Table), MeasureEach(() => new TomlTable(Somewhere, TomlTableKind.Header), Instances)),
                ("TomlArray (no items)", census.Of(TomlValueKind.Array), MeasureEach(() => new TomlArray(Somewhere, false), Instances)),
                ("TomlEntry", census.Entries, MeasureEach(() => new TomlEntry("k", Somewhere, SharedValue), Instances)),
            };
            return objects.Concat(ValueClasses.Select(c => (c.Name, c.Kinds.Sum(census.Of), MeasureEach(c.Create, Instances)))).ToList();
        }

        private static void PrintCensus(Census census, List<(string Name, int Count, double Each)> objects)
        {
            Console.WriteLine();
            Console.WriteLine("| in the tree (root table included) | count | measured bytes each |");
            Console.WriteLine("|---|---|---|");
            foreach ((string name, int count, double each) in objects)
            {
                Console.WriteLine($"| {name} objects | {count:N0} | {each:F1} |");
            }

            foreach ((string name, int uses, HashSet<string> distinct) in new[] { ("key strings", census.Entries, census.Keys),
                ("string values (and date-time fraction digits)", census.Of(TomlValueKind.String), census.Texts) })
            {
                long chars = distinct.Sum(s => (long)s.Length);
                Console.WriteLine($"| {name}: {uses:N0} uses, distinct instances (the reader shares short repeats) | {distinct.Count:N0} "
                    + $"| {StringBytes(distinct) / distinct.Count:F1} (avg {chars / (double)distinct.Count:F1} chars; {chars:N0} chars in all) |");
            }
        }

        private static void PrintAttribution(Census census, List<(string Name, int Count, double Each)> objects, EntryPoint text, EntryPoint bytes, double n)
        {
            var tree = new List<(string Name, double Bytes)> { ("key strings", StringBytes(census.Keys)), ("string values", StringBytes(census.Texts)) };
            tree.AddRange(objects.Skip(2).Select(o => ($"{o.Name} objects", o.Count * o.Each))); // tables and arrays: in the rest
            double named = tree.Sum(line => line.Bytes);
            Console.WriteLine();
            Console.WriteLine($"| bytes per input byte | {text.Name} | share | {bytes.Name} | share |");
            Console.WriteLine("|---|---|---|---|---|");
            Row("decoded copy of the input (none: UTF-8 is read in place)", null, bytes.Decoded, text, bytes, n);
            foreach ((string name, double size) in tree)
            {
                Row(name, size, size, text, bytes, n);
            }

            Row("table/array containers (rest of retained: shells, entry lists, item arrays)", text.Retained - named, bytes.Retained - named, text, bytes, n);
            Row("transient parser bytes (allocated - retained - decode)", text.Allocated - text.Retained, bytes.Allocated - bytes.Retained - bytes.Decoded, text, bytes, n);
            Row("**total allocated**", text.Allocated, bytes.Allocated, text, bytes, n);
            Console.WriteLine($"| against the target (<= {TargetRatio}x) | {Verdict(text.Allocated / n)} | | {Verdict(bytes.Allocated / n)} | |");
        }

        private static void Row(string name, double? fromText, double fromBytes, EntryPoint text, EntryPoint bytes, double n)
        {
            string first = fromText is double t ? $"{t / n:F2} | {100 * t / text.Allocated:F1}%" : "- | -";
            Console.WriteLine($"| {name} | {first} | {fromBytes / n:F2} | {100 * fromBytes / bytes.Allocated:F1}% |");
        }

        private static string Verdict(double ratio) =>
            ratio <= TargetRatio ? $"met ({ratio:F2}x)" : $"missed by {ratio - TargetRatio:F2}x ({ratio:F2}x, {ratio / TargetRatio:F2} times the target)";

        private static long Median(Func<object> parse, Func<Func<object>, long> measure)
        {
            for (int i = 0; i < WarmUps; i++)
            {
                parse();
            }

            return Enumerable.Range(0, Runs).Select(_ => measure(parse)).OrderBy(size => size).ElementAt(Runs / 2);
        }

        private static long Allocated(Func<object> parse)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            parse();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>One call per sample: in a loop, the previous tree could stay reachable from a stack slot and hide the new one.</summary>
        private static long Retained(Func<object> parse)
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            object tree = parse();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(tree);
            return after - before;
        }

        /// <summary>Bytes per object, from many instances stored in an array so that none can be stack-allocated.</summary>
        private static double MeasureEach(Func<object> create, int count)
        {
            var keep = new object[count];
            keep[0] = create(); // type loading and JIT stay out of the count
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < count; i++)
            {
                keep[i] = create();
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
        }

        /// <summary>A string's size steps with its length (header, 2 bytes a char, rounding), so it is measured per length seen.</summary>
        private static double StringBytes(IEnumerable<string> strings) =>
            strings.GroupBy(s => s.Length).Sum(sameLength => sameLength.Count() * MeasureEach(() => new string('x', sameLength.Key), Instances / 10));

        /// <summary>A walk of the tree; strings are counted by instance because the reader shares repeated short ones.</summary>
        private sealed class Census
        {
            private readonly int[] byKind = new int[Enum.GetValues<TomlValueKind>().Length];

            public Census(TomlTable root)
            {
                Visit(root);
                Texts.ExceptWith(Keys); // an instance that is both a key and a value is counted once, as a key
                Keys.Remove(string.Empty); // the runtime's single empty string, never allocated by a parse
                Texts.Remove(string.Empty);
            }

            public HashSet<string> Keys { get; } = new HashSet<string>(ReferenceEqualityComparer.Instance);
            public HashSet<string> Texts { get; } = new HashSet<string>(ReferenceEqualityComparer.Instance);
            public int Entries { get; private set; }
            public int Of(TomlValueKind kind) => byKind[(int)kind];

            private void Visit(TomlValue value)
            {
                byKind[(int)value.Kind]++;
                IReadOnlyList<TomlEntry> entries = (value as TomlTable)?.Entries ?? Array.Empty<TomlEntry>();
                Entries += entries.Count;
                Keys.UnionWith(entries.Select(entry => entry.Key));
                Texts.Add(value is TomlString text ? text.Value : (value as TomlDateTime)?.Parts.Fraction ?? string.Empty);
                foreach (TomlValue child in entries.Select(entry => entry.Value).Concat(value as TomlArray ?? Enumerable.Empty<TomlValue>()))
                {
                    Visit(child);
                }
            }
        }
    }
}
