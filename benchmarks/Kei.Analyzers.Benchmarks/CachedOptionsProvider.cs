using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Options computed once per syntax tree and additional file, as the compiler's own provider computes them when the
/// compilation is created. The tests' provider merges dictionaries on every call, which is right for a test and would
/// charge the analyzers (which ask per node) for work the compiler never does.
/// </summary>
internal sealed class CachedOptionsProvider(AnalyzerConfigOptionsProvider inner) : AnalyzerConfigOptionsProvider
{
    private readonly ConditionalWeakTable<SyntaxTree, AnalyzerConfigOptions> byTree = new();
    private readonly ConditionalWeakTable<AdditionalText, AnalyzerConfigOptions> byFile = new();

    public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => byTree.GetValue(tree, inner.GetOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => byFile.GetValue(textFile, inner.GetOptions);
}
