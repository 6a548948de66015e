using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>KEI004: sets <c>Detach = true</c> (the value only; the member keeps its place and comments).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DetachCodeFixProvider))]
    [Shared]
    public sealed class DetachCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(LauncherRuleIds.Detach);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>() is AssignmentExpressionSyntax assignment)
            {
                ExpressionSyntax detached = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(assignment.Right);
                context.RegisterCodeFix(
                    CodeAction.Create("Set Detach = true", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(assignment.Right, detached))), nameof(DetachCodeFixProvider)),
                    context.Diagnostics);
            }
        }
    }
}
