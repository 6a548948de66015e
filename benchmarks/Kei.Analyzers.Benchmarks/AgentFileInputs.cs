using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Agent files as the build hands them to the compiler: AdditionalFiles with <c>KeiKind</c> metadata, plus the
/// <c>KeiAgent</c> property, so the analyzers take the policy path (agent lookup, parameters) rather than defaults.
/// </summary>
internal static class AgentFileInputs
{
    public const string ActiveAgent = "modal-runner";

    /// <summary>The repository's own manifests, blocks and layout.</summary>
    public static IReadOnlyList<(string Path, string Text, string Kind)> ProjectFiles()
    {
        IEnumerable<(string, string, string)> Read(string folder, string pattern, string kind)
            => Directory.GetFiles(RepositoryLayout.PathOf(folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(p => (RepositoryLayout.Relative(p), File.ReadAllText(p), kind));
        return Read("manifests", "*.toml", "Manifest").Concat(Read("blocks", "*.md", "Block")).Concat(Read("blocks", "_layout.toml", "Layout")).ToList();
    }

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text, string Kind)> files)
        => files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>Options with the files' <c>KeiKind</c> metadata and, when given, the active agent.</summary>
    public static AnalyzerConfigOptionsProvider Options(IEnumerable<(string Path, string Text, string Kind)> files, string? activeAgent)
    {
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        if (activeAgent != null)
        {
            global[KeiBuildNames.ActiveAgentProperty] = activeAgent;
        }

        var byPath = files.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KeiBuildNames.KindMetadata] = f.Kind },
            StringComparer.Ordinal);
        return new AgentFileOptionsProvider(global, byPath);
    }

    public static AnalyzerOptions AnalyzerOptions(IReadOnlyList<(string Path, string Text, string Kind)> files)
        => new(Texts(files), Options(files, ActiveAgent));
}
