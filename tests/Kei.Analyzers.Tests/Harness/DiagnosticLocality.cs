using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// Which of a test's diagnostics the compiler counts as non-local: reported outside the node, symbol or tree being
/// analysed. The IDE computes those only in full-solution analysis and offers no code fix for them, so every KEI
/// diagnostic must be local. (The code-fix tests check this for fixable rules; this covers the rest.)
/// </summary>
public static class DiagnosticLocality
{
    public static async Task<ImmutableArray<Diagnostic>> NonLocalAsync(KeiTest test)
    {
        Project project = await test.BuildProjectAsync();
        Compilation compilation = (await project.GetCompilationAsync(TestContext.Current.CancellationToken))!;
        AnalysisResult result = await compilation.WithAnalyzers(test.Analyzers, project.AnalyzerOptions)
            .GetAnalysisResultAsync(TestContext.Current.CancellationToken);
        return [.. result.CompilationDiagnostics.SelectMany(pair => pair.Value)];
    }
}
