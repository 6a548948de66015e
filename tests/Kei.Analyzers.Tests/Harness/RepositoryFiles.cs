using System;
using System.IO;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>The repository's working tree, found from the test binaries by walking up to the solution file.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>A repository-relative path ('/' separated) made absolute.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>An absolute path made repository-relative with '/' separators.</summary>
    public static string Relative(string absolute) => Path.GetRelativePath(Root, absolute).Replace(Path.DirectorySeparatorChar, '/');

    private static string FindRoot() => Kei.Testing.RepositoryLocator.Root;
}
