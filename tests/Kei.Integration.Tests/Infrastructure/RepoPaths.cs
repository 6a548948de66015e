using System;
using System.IO;
using System.Reflection;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>
/// Where the repository and the built hosts are: the root is the folder holding KeiAnalyzers.sln above the test
/// assembly; outputs are those of the configuration the tests were built in (the test project references them).
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string BuildDirectory => Path.Combine(Root, "build");

    public static string AnalyzerProject => Path.Combine(Root, "src", "Kei.Analyzers", "Kei.Analyzers.csproj");

    public static string BuildTaskAssembly => Path.Combine(Root, "src", "Kei.Build", "bin", Configuration, "netstandard2.0", "Kei.Build.dll");

    public static string KeiCli => Path.Combine(Root, "src", "Kei.Cli", "bin", Configuration, "net10.0", "kei.dll");

    /// <summary>The fixture agent set (two agents, five blocks), copied next to the test assembly.</summary>
    public static string FixtureAgents => Path.Combine(AppContext.BaseDirectory, "Fixtures", "agents");

    private static string FindRoot() => Kei.Testing.RepositoryLocator.Root;
}
