using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>KEI001: renames <c>MapAsync</c> to <c>SpawnManyAsync</c> (same parameters, every result kept).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MapAsyncCodeFixProvider))]
    [Shared]
    public sealed class MapAsyncCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Use SpawnManyAsync";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(LauncherRuleIds.MapAsync);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is SimpleNameSyntax name)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => RenameAsync(context.Document, root, name, ct), nameof(MapAsyncCodeFixProvider)),
                    context.Diagnostics);
            }
        }

        private static Task<Document> RenameAsync(Document document, SyntaxNode root, SimpleNameSyntax name, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SyntaxToken renamed = SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, MapAsyncAnalyzer.SpawnManyAsyncName, name.Identifier.TrailingTrivia);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceToken(name.Identifier, renamed)));
        }
    }
}
