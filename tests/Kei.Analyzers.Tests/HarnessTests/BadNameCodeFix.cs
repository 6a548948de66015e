using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Tests.HarnessTests;

/// <summary>Renames a method's declaration from Bad* to Good* (declaration only; enough to test the harness).</summary>
public sealed class BadNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [BadNameAnalyzer.Rule.Id];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        SyntaxToken name = root.FindToken(context.Span.Start);
        string better = "Good" + name.ValueText["Bad".Length..];
        context.RegisterCodeFix(
            CodeAction.Create(
                "Rename to " + better,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(name, SyntaxFactory.Identifier(name.LeadingTrivia, better, name.TrailingTrivia)))),
                equivalenceKey: "RenameBad"),
            context.Diagnostics);
    }
}
