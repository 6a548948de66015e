using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// The repository's own agents (manifests/ and blocks/) as the build passes them: root-relative paths and the
/// <c>KeiKind</c> metadata value. They seed the mutations and supply the blocks a test manifest refers to.
/// </summary>
internal static class ProjectAgentFiles
{
    /// <summary>The agent the policy path is exercised with; the launcher sample follows it too.</summary>
    public const string ActiveAgent = "modal-runner";

    private static readonly Lazy<IReadOnlyList<(string Path, string Text, string Kind)>> Loaded = new(Load);

    public static IReadOnlyList<(string Path, string Text, string Kind)> All => Loaded.Value;

    public static IEnumerable<(string Path, string Text, string Kind)> Blocks => All.Where(f => f.Kind != "Manifest");

    private static IReadOnlyList<(string Path, string Text, string Kind)> Load()
    {
        var files = Find("manifests", "*.toml").Select(p => (RepositoryFiles.Relative(p), File.ReadAllText(p), "Manifest"))
            .Concat(Find("blocks", "*.md").Select(p => (RepositoryFiles.Relative(p), File.ReadAllText(p), "Block")))
            .Concat(Find("blocks", "_layout.toml").Select(p => (RepositoryFiles.Relative(p), File.ReadAllText(p), "Layout")))
            .ToList();
        return files.Count > 0 ? files : throw new InvalidOperationException("No manifests or blocks in the repository.");
    }

    private static IEnumerable<string> Find(string folder, string pattern)
    {
        string path = RepositoryFiles.PathOf(folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }
}
