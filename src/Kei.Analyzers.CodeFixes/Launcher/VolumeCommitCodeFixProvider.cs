using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>
    /// KEI002: inserts <c>await v.CommitAsync(ct);</c> after the last write to the same volume in the write's block.
    /// Offered only where that compiles: the write is a statement of a block inside an async function, called on the
    /// volume itself (<c>v.WriteAsync(...)</c>; a helper that takes the volume as an argument is left to the author).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VolumeCommitCodeFixProvider))]
    [Shared]
    public sealed class VolumeCommitCodeFixProvider : KeiCodeFixProvider
    {
        public VolumeCommitCodeFixProvider()
            : base(LauncherRuleIds.VolumeCommit)
        {
        }

        protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            InvocationExpressionSyntax? write = root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            StatementSyntax? statement = write?.FirstAncestorOrSelf<StatementSyntax>();
            // The diagnostic spans exactly the write; a conditional access (v?.WriteAsync) or an enclosing call is not fixed.
            if (write?.Span != context.Span || write.Expression is not MemberAccessExpressionSyntax access || statement?.Parent is not BlockSyntax || !InAsyncFunction(write))
            {
                return;
            }

            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            ITypeSymbol? receiver = model?.GetTypeInfo(access.Expression, context.CancellationToken).Type;
            if (receiver?.Name == "Volume" && receiver.ContainingNamespace?.ToDisplayString() == "Kei.Runtime")
            {
                string title = "Commit '" + access.Expression.ToString() + "' after the last write";
                Offer(context, title, ct => InsertCommitAsync(context.Document, root, write, access.Expression, ct));
            }
        }

        private static async Task<Document> InsertCommitAsync(Document document, SyntaxNode root, InvocationExpressionSyntax write, ExpressionSyntax volumeExpression, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            ISymbol? volume = model?.GetSymbolInfo(volumeExpression, cancellationToken).Symbol;
            StatementSyntax statement = write.FirstAncestorOrSelf<StatementSyntax>()!;
            var block = (BlockSyntax)statement.Parent!;
            if (model is null || volume is null)
            {
                return document;
            }

            var finder = new VolumeWriteFinder(model, volume, cancellationToken);
            int last = block.Statements.IndexOf(statement);
            for (int i = last + 1; i < block.Statements.Count; i++)
            {
                last = finder.WritesTo(block.Statements[i]) ? i : last;
            }

            StatementSyntax commit = CommitStatementBuilder.Build(volumeExpression, finder.FindCancellationToken(write), block.Statements[last]);
            BlockSyntax fixedBlock = block.WithStatements(block.Statements.Insert(last + 1, commit));
            return document.WithSyntaxRoot(root.ReplaceNode(block, fixedBlock));
        }

        /// <summary>True when the nearest enclosing function is async (an inserted await must compile).</summary>
        private static bool InAsyncFunction(SyntaxNode node)
        {
            foreach (SyntaxNode ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax lambda: return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax local: return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case BaseMethodDeclarationSyntax method: return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case AccessorDeclarationSyntax or GlobalStatementSyntax: return false;
                }
            }

            return false;
        }
    }
}
