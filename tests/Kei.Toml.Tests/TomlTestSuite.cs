using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// Finds the toml-test data (<c>shared/toml-test</c> beside the repository's parent) by walking up from the test
    /// assembly, and lists the cases of its two lists: <c>tests/files-toml-1.1.0</c> (the current TOML) and
    /// <c>tests/files-toml-1.0.0</c>.
    /// </summary>
    public static class TomlTestSuite
    {
        public const string NotFoundCase = "<toml-test data not found>";

        public const string Toml11 = TomlTestLists.Toml11;

        public const string Toml10 = TomlTestLists.Toml10;

        /// <summary>The nine invalid cases of the 1.0.0 list that TOML 1.1 made valid; a TOML 1.1 reader accepts them.</summary>
        public static IReadOnlyList<string> MadeValidByToml11 => TomlTestLists.MadeValidByToml11;

        private static readonly Lazy<string?> Root = new Lazy<string?>(() => RepositoryPaths.FindTomlTest(AppContext.BaseDirectory));

        /// <summary>The folder holding <c>tests/valid</c> and <c>tests/invalid</c>; throws with a clear message if absent.</summary>
        public static string TestsFolder =>
            Root.Value is string root
                ? Path.Combine(root, "tests")
                : throw new InvalidOperationException(
                    "toml-test data not found: looked for 'shared/toml-test' in every folder above " + AppContext.BaseDirectory
                    + " and beside the parent of the git root. Clone the shared data next to the repository.");

        public static IReadOnlyList<string> ValidCases(string list) => ListCases(list, "valid/");

        public static IReadOnlyList<string> InvalidCases(string list) => ListCases(list, "invalid/");

        /// <summary>Valid cases of the 1.0.0 list that the 1.1.0 list does not hold (its own copies of the TOML 1.0 specification's examples).</summary>
        public static IReadOnlyList<string> ValidOnlyIn10 => ValidCases(Toml10).Except(ValidCases(Toml11)).ToList();

        /// <summary>Invalid cases of the 1.0.0 list that the 1.1.0 list does not hold and that TOML 1.1 did not make valid.</summary>
        public static IReadOnlyList<string> InvalidOnlyIn10 =>
            InvalidCases(Toml10).Except(InvalidCases(Toml11)).Except(MadeValidByToml11).ToList();

        public static string PathOf(string caseName, string extension) =>
            Path.Combine(TestsFolder, caseName.Replace('/', Path.DirectorySeparatorChar) + extension);

        private static IReadOnlyList<string> ListCases(string list, string prefix) => TomlTestLists.Cases(TestsFolder, list, prefix);

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
