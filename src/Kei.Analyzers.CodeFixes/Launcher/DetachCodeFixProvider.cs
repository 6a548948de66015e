using System.Composition;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>
    /// KEI004: sets <c>Detach = true</c> (the value only; the member keeps its place and comments), or, when the
    /// diagnostic is on one <c>false</c> arm of a <c>?:</c>, makes that arm <c>true</c>.
    /// </summary>
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
            SyntaxNode node = root.FindNode(context.Span, getInnermostNodeForTie: true);
            ExpressionSyntax? value = node is AssignmentExpressionSyntax assignment ? assignment.Right : node as ExpressionSyntax;
            if (value != null)
            {
                ExpressionSyntax detached = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(value);
                OfferReplacement(context, "Set Detach = true", root, value, detached);
            }

            return Task.CompletedTask;
        }
    }
}
