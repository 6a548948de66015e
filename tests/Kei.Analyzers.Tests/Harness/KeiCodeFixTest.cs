using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// The official code-fix test configured from a <see cref="KeiTest"/>: the fixed sources replace the test's sources
/// one for one, and markup in them names the diagnostics that remain. Without a scope it checks the fixes one by one
/// and Fix All in every scope; with a scope, one by one and Fix All in that scope only.
/// </summary>
internal sealed class KeiCodeFixTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    private readonly KeiTest keiTest;
    private readonly CodeFixProvider provider;

    public KeiCodeFixTest(KeiTest keiTest, CodeFixProvider provider, string[] fixedSources, FixAllScope? scope)
    {
        if (fixedSources.Length != keiTest.Sources.Count)
        {
            throw new ArgumentException($"Expected {keiTest.Sources.Count} fixed sources (one per source), got {fixedSources.Length}.");
        }

        this.keiTest = keiTest;
        this.provider = provider;
        KeiTestState.Apply(keiTest, this, forVerification: true);
        for (int i = 0; i < fixedSources.Length; i++)
        {
            FixedState.Sources.Add((KeiTestState.PathOf(keiTest.Sources[i].Path), fixedSources[i]));
        }

        FixedState.MarkupHandling = MarkupMode.Allow;
        CodeFixTestBehaviors = scope switch
        {
            FixAllScope.Document => CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            FixAllScope.Project => CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            FixAllScope.Solution => CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
            _ => CodeFixTestBehaviors.None,
        };
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => keiTest.Analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => [provider];

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => KeiTestState.DefaultDiagnostic(keiTest, analyzers);
}
