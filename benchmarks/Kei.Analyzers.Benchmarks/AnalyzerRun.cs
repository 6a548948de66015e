using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// One pass of a set of analyzers over the corpus: the wall time of compile plus analysis, each analyzer's own
/// execution time (the driver's telemetry), the process CPU time of the pass, the diagnostics found and the
/// exceptions analyzers threw.
/// </summary>
internal sealed record AnalyzerRun(double WallMs, double CpuMs, IReadOnlyDictionary<DiagnosticAnalyzer, double> ExecutionMs, int Diagnostics, int Exceptions);
