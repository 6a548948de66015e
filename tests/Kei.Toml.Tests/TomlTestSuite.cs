using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// Finds the toml-test data (<c>shared/toml-test</c> beside the repository's parent) by walking up from the test
    /// assembly, and lists the TOML 1.0.0 cases named by <c>tests/files-toml-1.0.0</c>.
    /// </summary>
    public static class TomlTestSuite
    {
        public const string NotFoundCase = "<toml-test data not found>";

        private static readonly Lazy<string?> Root = new Lazy<string?>(FindRoot);

        /// <summary>The folder holding <c>tests/valid</c> and <c>tests/invalid</c>; throws with a clear message if absent.</summary>
        public static string TestsFolder =>
            Root.Value is string root
                ? Path.Combine(root, "tests")
                : throw new InvalidOperationException(
                    "toml-test data not found: looked for 'shared/toml-test' in every folder above " + AppContext.BaseDirectory
                    + " and beside the parent of the git root. Clone the shared data next to the repository.");

        public static IReadOnlyList<string> ValidCases => ListCases("valid/");

        public static IReadOnlyList<string> InvalidCases => ListCases("invalid/");

        public static string PathOf(string caseName, string extension) =>
            Path.Combine(TestsFolder, caseName.Replace('/', Path.DirectorySeparatorChar) + extension);

        /// <summary>Case names like <c>valid/array/empty</c> (no extension), in the file's order.</summary>
        private static IReadOnlyList<string> ListCases(string prefix) =>
            File.ReadAllLines(Path.Combine(TestsFolder, "files-toml-1.0.0"))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith(prefix, StringComparison.Ordinal) && line.EndsWith(".toml", StringComparison.Ordinal))
                .Select(line => line.Substring(0, line.Length - ".toml".Length))
                .ToList();

        private static string? FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "toml-test");
                if (File.Exists(Path.Combine(candidate, "tests", "files-toml-1.0.0")))
                {
                    return candidate;
                }

                bool isGitRoot = Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"));
                string sibling = Path.Combine(dir.FullName, "..", "shared", "toml-test");
                if (isGitRoot && File.Exists(Path.Combine(sibling, "tests", "files-toml-1.0.0")))
                {
                    return Path.GetFullPath(sibling);
                }
            }

            return null;
        }

        /// <summary>Theory rows; a single sentinel row when the data is missing, so the run fails instead of skipping.</summary>
        public static TheoryData<string> Rows(Func<IReadOnlyList<string>> cases)
        {
            var rows = new TheoryData<string>();
            if (Root.Value == null)
            {
                rows.Add(NotFoundCase);
                return rows;
            }

            foreach (string name in cases())
            {
                rows.Add(name);
            }

            return rows;
        }
    }
}
