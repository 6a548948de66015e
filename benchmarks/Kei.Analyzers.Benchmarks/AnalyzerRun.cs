using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// One pass of a set of analyzers over the corpus: the wall time of compile plus analysis, each analyzer's own
/// execution time (the driver's telemetry), the process CPU time of the pass, the diagnostics found and the
/// exceptions analyzers threw, the diagnostics by rule id, and the garbage collections during the pass.
/// </summary>
internal sealed record AnalyzerRun(double WallMs, double CpuMs, IReadOnlyDictionary<DiagnosticAnalyzer, double> ExecutionMs, int Diagnostics, int Exceptions, IReadOnlyDictionary<string, int> DiagnosticsById, GcActivity Gc)
{
    /// <summary>Diagnostics the pass reported for the analyzer's rule ids (reporting has a cost of its own in the driver).</summary>
    public int DiagnosticsOf(DiagnosticAnalyzer analyzer)
    {
        int count = 0;
        foreach (string id in analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct())
        {
            count += DiagnosticsById.TryGetValue(id, out int n) ? n : 0;
        }

        return count;
    }
}
