using System;
using System.IO;

namespace Kei.Agents.Tests;

/// <summary>
/// Folders of the test sources and the repository, found by walking up from the test assembly to KeiAnalyzers.sln.
/// (Not from [CallerFilePath]: CI builds map source paths to /_/ for deterministic output.)
/// </summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TestsDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "Kei.Agents.Tests");

    public static string Fixture(string name) => Path.Combine(TestsDirectory, "Fixtures", name);

    /// <summary>Golden files are rewritten instead of compared when this variable is 1.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("KEI_UPDATE_GOLDEN") == "1";

    private static string FindRoot() => Kei.Testing.RepositoryLocator.Root;
}
