using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// The one check the testing packages do not offer: run analyzers the way the compiler does
/// (<see cref="CompilationWithAnalyzers"/>, concurrent) over code that may not compile, compare nothing, and fail
/// when an analyzer throws (in the compiler that is an AD0001 warning and a silently missing rule).
/// </summary>
public static class AnalyzerFailures
{
    /// <summary>The analyzers' own diagnostics, after asserting that none of them threw on <paramref name="input"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, string input)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(analyzers, withAnalyzers).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        string[] crashes = [.. exceptions, .. all.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString())];
        if (crashes.Length > 0)
        {
            Assert.Fail("On " + input + " an analyzer threw (the compiler would report AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, crashes));
        }

        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(d => ids.Contains(d.Id))];
    }
}
