using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Analyzer config options as the compiler would give them: global options (<c>build_property.*</c>) everywhere;
/// for a syntax tree, the <c>.editorconfig</c> keys that apply to it; for an additional file, its item metadata.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, string> global;
    private readonly IReadOnlyDictionary<string, string> allTrees;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath;

    /// <param name="global">global options, e.g. <c>build_property.KeiAgent</c></param>
    /// <param name="allTrees">.editorconfig keys for every syntax tree</param>
    /// <param name="byPath">keys for one source or additional file (path as given to the test)</param>
    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string> global,
        IReadOnlyDictionary<string, string> allTrees,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath)
    {
        this.global = global;
        this.allTrees = allTrees;
        this.byPath = byPath;
        GlobalOptions = new TestAnalyzerConfigOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Merge(global, allTrees, ForPath(tree.FilePath));

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Merge(global, ForPath(textFile.Path));

    private IReadOnlyDictionary<string, string> ForPath(string path)
        => byPath.TryGetValue(path, out IReadOnlyDictionary<string, string>? values) ? values : new Dictionary<string, string>();

    /// <summary>Later dictionaries win, as a more specific .editorconfig section wins over a global config.</summary>
    private static TestAnalyzerConfigOptions Merge(params IReadOnlyDictionary<string, string>[] layers)
    {
        var merged = new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer);
        foreach (KeyValuePair<string, string> pair in layers.SelectMany(layer => layer))
        {
            merged[pair.Key] = pair.Value;
        }

        return new TestAnalyzerConfigOptions(merged);
    }
}
