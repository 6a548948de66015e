using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.HarnessTests;

/// <summary>A test-only rule (TST001: a method named Bad*) with a fix, to test the harness's code-fix support.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadNameAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TST001", "Bad name", "Method '{0}' has a bad name", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                SyntaxToken name = ((MethodDeclarationSyntax)c.Node).Identifier;
                if (name.ValueText.StartsWith("Bad", System.StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, name.GetLocation(), name.ValueText));
                }
            },
            SyntaxKind.MethodDeclaration);
    }
}
