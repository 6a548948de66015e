using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// Runs analyzers the way the compiler does (<see cref="CompilationWithAnalyzers"/>, concurrent) and fails the test
/// when any analyzer throws: in the compiler that would be an AD0001 warning and a silently missing rule.
/// </summary>
internal static class AnalyzerRunner
{
    /// <summary>The diagnostics of the checked ids, after asserting no analyzer threw and (unless allowed) no compile error.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, TestInputs inputs, CancellationToken cancellationToken)
    {
        if (!inputs.AllowCompilerErrors)
        {
            AssertNoCompilerErrors(compilation, cancellationToken);
        }

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            inputs.Options,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(inputs.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        string[] crashes = [.. exceptions, .. all.Where(IsAnalyzerFailure).Select(d => d.ToString())];
        if (crashes.Length > 0)
        {
            Assert.Fail("An analyzer threw (the compiler would report AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, crashes));
        }

        return all.Where(d => inputs.CheckedIds.Contains(d.Id)).ToImmutableArray();
    }

    private static bool IsAnalyzerFailure(Diagnostic diagnostic) => diagnostic.Id is "AD0001" or "AD0002";

    private static void AssertNoCompilerErrors(Compilation compilation, CancellationToken cancellationToken)
    {
        Diagnostic[] errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            Assert.Fail("The test sources do not compile (set AllowCompilerErrors for incomplete code):" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        }
    }
}
