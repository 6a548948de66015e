using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Kei.Analyzers.Benchmarks;

/// <summary>The repository (found by walking up to the solution file) and the peer package's folder (from assembly metadata).</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string absolute) => Path.GetRelativePath(Root, absolute).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The C# files of a repository folder, without build output, in a stable order.</summary>
    public static IEnumerable<string> SourceFiles(string folder)
        => Directory.GetFiles(PathOf(folder), "*.cs", SearchOption.AllDirectories)
            .Where(p => !Relative(p).Split('/').Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Meziantou.Analyzer's C# analyzer folder for the newest Roslyn the running compiler supports
    /// (<c>analyzers/dotnet/roslynX.Y/cs</c>), as the SDK would pick it.
    /// </summary>
    public static string MeziantouAnalyzerFolder()
    {
        string package = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MeziantouAnalyzerPackage")?.Value
            ?? throw new InvalidOperationException("The build recorded no Meziantou.Analyzer package folder.");
        Version roslyn = typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version!;
        string folder = Directory.GetDirectories(Path.Combine(package, "analyzers", "dotnet"), "roslyn*")
            .Select(dir => (Dir: dir, Version: Version.Parse(Path.GetFileName(dir)["roslyn".Length..])))
            .Where(pair => pair.Version <= new Version(roslyn.Major, roslyn.Minor))
            .OrderByDescending(pair => pair.Version)
            .Select(pair => pair.Dir)
            .FirstOrDefault() ?? throw new InvalidOperationException("No Meziantou analyzer folder for Roslyn " + roslyn);
        return Path.Combine(folder, "cs");
    }

    private static string FindRoot() => Kei.Testing.RepositoryLocator.Root;
}
