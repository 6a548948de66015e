using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// The official analyzer test configured from a <see cref="KeiTest"/>: several analyzers at once, the test's default
/// id for <c>[|...|]</c>, and the diagnostics of the main run kept for callers that read them.
/// </summary>
internal sealed class KeiAnalyzerTest : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
{
    private readonly KeiTest keiTest;
    private bool reportedCaptured;

    public KeiAnalyzerTest(KeiTest keiTest, bool forVerification = true)
    {
        this.keiTest = keiTest;
        KeiTestState.Apply(keiTest, this, forVerification);
    }

    /// <summary>The analyzers' diagnostics of the first (unmodified) run, sorted by location.</summary>
    public ImmutableArray<Diagnostic> Reported { get; private set; } = [];

    /// <summary>The project the framework builds for the test state, without running anything on it.</summary>
    public async Task<Project> CreateProjectAsync(CancellationToken cancellationToken)
    {
        DiagnosticAnalyzer[] analyzers = [.. GetDiagnosticAnalyzers()];
        ImmutableArray<DiagnosticDescriptor> supported = [.. analyzers.SelectMany(a => a.SupportedDiagnostics)];
        SolutionState state = TestState.WithInheritedValuesApplied(null, [])
            .WithProcessedMarkup(MarkupOptions, GetDefaultDiagnostic(analyzers), supported, [], DefaultFilePath);
        return await CreateProjectAsync(new EvaluatedProjectState(state, ReferenceAssemblies), [], cancellationToken);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => keiTest.Analyzers;

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => KeiTestState.DefaultDiagnostic(keiTest, analyzers);

    /// <summary>The first call filters the main run (the framework's extra runs, e.g. under <c>#pragma</c>, come later).</summary>
    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
    {
        ImmutableArray<(Project project, Diagnostic diagnostic)> filtered = base.FilterDiagnostics(diagnostics);
        if (!reportedCaptured)
        {
            reportedCaptured = true;
            var ids = keiTest.SupportedIds.ToHashSet();
            Reported = [.. filtered.Select(d => d.diagnostic).Where(d => ids.Contains(d.Id))];
        }

        return filtered;
    }
}
