using System.IO;
using System.Runtime.CompilerServices;

namespace Kei.Agents.Tests;

/// <summary>Folders of the test sources and the repository, found from this file's compile-time path.</summary>
internal static class TestPaths
{
    public static string TestsDirectory { get; } = Path.GetDirectoryName(ThisFile())!;

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(TestsDirectory, "..", ".."));

    public static string Fixture(string name) => Path.Combine(TestsDirectory, "Fixtures", name);

    /// <summary>Golden files are rewritten instead of compared when this variable is 1.</summary>
    public static bool UpdateGolden => System.Environment.GetEnvironmentVariable("KEI_UPDATE_GOLDEN") == "1";

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
