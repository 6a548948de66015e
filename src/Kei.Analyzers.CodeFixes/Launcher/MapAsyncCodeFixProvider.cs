using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>KEI001: renames <c>MapAsync</c> to <c>SpawnManyAsync</c> (same parameters, every result kept).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MapAsyncCodeFixProvider))]
    [Shared]
    public sealed class MapAsyncCodeFixProvider : KeiCodeFixProvider
    {
        private const string Title = "Use SpawnManyAsync";

        public MapAsyncCodeFixProvider()
            : base(LauncherRuleIds.MapAsync)
        {
        }

        protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            if (root.FindNode(context.Span, getInnermostNodeForTie: true) is SimpleNameSyntax name)
            {
                Offer(context, Title, ct => RenameAsync(context.Document, root, name, ct));
            }

            return Task.CompletedTask;
        }

        private static Task<Document> RenameAsync(Document document, SyntaxNode root, SimpleNameSyntax name, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SyntaxToken renamed = SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, MapAsyncAnalyzer.SpawnManyAsyncName, name.Identifier.TrailingTrivia);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceToken(name.Identifier, renamed)));
        }
    }
}
