using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// The toml-test suite (<c>shared/toml-test</c>), found by walking up from the test assembly: CI clones the
/// repository with <c>shared/</c> beside it, so no path is fixed. Lists the cases of both lists (TOML 1.1.0 and 1.0.0), valid and invalid.
/// </summary>
internal static class TomlTestData
{
    private const string CaseList = "files-toml-1.1.0";

    private const string OlderCaseList = "files-toml-1.0.0";

    private static readonly Lazy<string?> Folder = new(FindTestsFolder);

    /// <summary>The suite's <c>tests</c> folder; throws (so the test fails, never skips) when the data is absent.</summary>
    public static string TestsFolder => Folder.Value ?? throw new InvalidOperationException(
        "toml-test data not found: no 'shared/toml-test/tests/" + CaseList + "' in any folder above " + AppContext.BaseDirectory
        + " or beside the repository. Clone the shared data next to the repository.");

    /// <summary>Every case of both lists (<c>valid/...</c> and <c>invalid/...</c>, with the .toml extension), each once, 1.1.0's first.</summary>
    public static IReadOnlyList<string> Cases()
        => File.ReadAllLines(Path.Combine(TestsFolder, CaseList)).Concat(File.ReadAllLines(Path.Combine(TestsFolder, OlderCaseList)))
            .Select(line => line.Trim())
            .Where(line => line.EndsWith(".toml", StringComparison.Ordinal)
                && (line.StartsWith("valid/", StringComparison.Ordinal) || line.StartsWith("invalid/", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The raw bytes of a case: the encoding cases hold invalid UTF-8 on purpose.</summary>
    public static byte[] Bytes(string caseName) => File.ReadAllBytes(Path.Combine(TestsFolder, caseName.Replace('/', Path.DirectorySeparatorChar)));

    private static string? FindTestsFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "toml-test", "tests"), Path.Combine(dir.FullName, "..", "shared", "toml-test", "tests") })
            {
                if (File.Exists(Path.Combine(candidate, CaseList)))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
