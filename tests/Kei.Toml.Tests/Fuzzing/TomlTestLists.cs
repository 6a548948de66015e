using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// The two case lists of toml-test (<c>tests/files-toml-1.1.0</c>, the current TOML, and <c>tests/files-toml-1.0.0</c>)
    /// and the nine 1.0.0 invalid cases that TOML 1.1 made valid. Shared by the tests and the benchmarks.
    /// </summary>
    public static class TomlTestLists
    {
        public const string Toml11 = "files-toml-1.1.0";

        public const string Toml10 = "files-toml-1.0.0";

        /// <summary>Times without seconds, newlines and a trailing comma in inline tables, and the <c>\x</c> escape.</summary>
        public static readonly IReadOnlyList<string> MadeValidByToml11 = new[]
        {
            "invalid/datetime/no-secs",
            "invalid/local-datetime/no-secs",
            "invalid/local-time/no-secs",
            "invalid/inline-table/linebreak-01",
            "invalid/inline-table/linebreak-02",
            "invalid/inline-table/linebreak-03",
            "invalid/inline-table/linebreak-04",
            "invalid/inline-table/trailing-comma",
            "invalid/string/basic-byte-escapes",
        };

        /// <summary>Case names like <c>valid/array/empty</c> (no extension) of one list, in its order, starting with <paramref name="prefix"/>.</summary>
        public static IReadOnlyList<string> Cases(string testsFolder, string list, string prefix) =>
            File.ReadAllLines(Path.Combine(testsFolder, list))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith(prefix, StringComparison.Ordinal) && line.EndsWith(".toml", StringComparison.Ordinal))
                .Select(line => line.Substring(0, line.Length - ".toml".Length))
                .ToList();
    }
}
