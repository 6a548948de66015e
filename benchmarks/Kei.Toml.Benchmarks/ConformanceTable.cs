using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Kei.Toml.Tests;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// <c>conformance</c>: Kei.Toml and Tomlyn 2.11.1 on both toml-test lists, from the same bytes: valid cases whose
    /// values equal the expected JSON, invalid cases rejected, and how the rejections come (with a position, by the
    /// reader's own exception). For the 1.0.0 list the nine cases TOML 1.1 made valid are left out of the invalid row.
    /// </summary>
    public static class ConformanceTable
    {
        public static int Run()
        {
            string tests = Path.Combine(RepositoryPaths.FindTomlTest(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException("toml-test data not found (shared/toml-test above the benchmark)"), "tests");
            Console.WriteLine("| | " + string.Join(" | ", ReaderOutcome.Readers) + " |");
            Console.WriteLine("|---|" + string.Concat(ReaderOutcome.Readers.Select(_ => "---|")));
            var rejections = new Dictionary<string, ReaderOutcome>[ReaderOutcome.Readers.Length];
            for (int r = 0; r < rejections.Length; r++)
            {
                rejections[r] = new Dictionary<string, ReaderOutcome>(StringComparer.Ordinal);
            }

            foreach (string list in new[] { TomlTestLists.Toml11, TomlTestLists.Toml10 })
            {
                IReadOnlyList<string> valid = TomlTestLists.Cases(tests, list, "valid/");
                List<string> invalid = TomlTestLists.Cases(tests, list, "invalid/").Except(TomlTestLists.MadeValidByToml11).ToList();
                Row(list + " valid, values equal to the expected JSON (validating parse: accepted)", valid.Count, r => valid.Count(c => ValidPasses(tests, c, r)));
                Row(list + " invalid, rejected", invalid.Count, r => invalid.Count(c => Rejected(tests, c, r, rejections[r])));
            }

            Row("rejections (both lists) without a line and column", null, r => rejections[r].Values.Count(o => !o.HasPosition));
            Row("rejections (both lists) by an exception other than the reader's own", null, r => rejections[r].Values.Count(o => !o.OwnException));
            return 0;
        }

        private static void Row(string what, int? total, Func<int, int> count) =>
            Console.WriteLine("| " + what + " | " + string.Join(" | ", ReaderOutcome.Readers.Select((_, r) => count(r) + (total is int t ? " / " + t : string.Empty))) + " |");

        private static bool ValidPasses(string tests, string name, int reader)
        {
            ReaderOutcome outcome = ReaderOutcome.Of(ReaderOutcome.Readers[reader], File.ReadAllBytes(Path.Combine(tests, name + ".toml")));
            if (!outcome.Accepted || outcome.Json == null)
            {
                return outcome.Accepted;
            }

            using JsonDocument expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(tests, name + ".json")));
            using JsonDocument actual = JsonDocument.Parse(outcome.Json);
            return TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement) == null;
        }

        private static bool Rejected(string tests, string name, int reader, Dictionary<string, ReaderOutcome> rejections)
        {
            ReaderOutcome outcome = ReaderOutcome.Of(ReaderOutcome.Readers[reader], File.ReadAllBytes(Path.Combine(tests, name + ".toml")));
            if (!outcome.Accepted)
            {
                rejections[name] = outcome;
            }

            return !outcome.Accepted;
        }
    }
}
