using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Analyzer config options as the compiler gives them: the global options (<c>build_property.*</c>) everywhere, and
/// for a file with its own item metadata, the global options with that metadata. All are computed once, here, as
/// the compiler computes them when the compilation is created: the analyzers ask per node, and must not be charged
/// for merging that the compiler never does.
/// </summary>
public sealed class AgentFileOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> byPath;

    /// <param name="global">global options, e.g. <c>build_property.KeiAgent</c></param>
    /// <param name="metadataByPath">item metadata of a file (path as given to the compilation), e.g. its <c>KeiKind</c></param>
    public AgentFileOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadataByPath)
    {
        GlobalOptions = new FixedOptions(global);
        byPath = metadataByPath.ToDictionary(
            entry => entry.Key,
            entry => (AnalyzerConfigOptions)new FixedOptions(global.Where(g => !entry.Value.ContainsKey(g.Key)).Concat(entry.Value)),
            System.StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => OfPath(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => OfPath(textFile.Path);

    private AnalyzerConfigOptions OfPath(string path) => byPath.TryGetValue(path, out AnalyzerConfigOptions? options) ? options : GlobalOptions;
}
