using System.Composition;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>KEI004: sets <c>Detach = true</c> (the value only; the member keeps its place and comments).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DetachCodeFixProvider))]
    [Shared]
    public sealed class DetachCodeFixProvider : KeiCodeFixProvider
    {
        public DetachCodeFixProvider()
            : base(LauncherRuleIds.Detach)
        {
        }

        protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            if (root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>() is AssignmentExpressionSyntax assignment)
            {
                ExpressionSyntax detached = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(assignment.Right);
                OfferReplacement(context, "Set Detach = true", root, assignment.Right, detached);
            }

            return Task.CompletedTask;
        }
    }
}
