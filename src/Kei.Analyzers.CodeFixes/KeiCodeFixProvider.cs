using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.CodeFixes
{
    /// <summary>
    /// The shape every KEI code fix shares: one rule, Fix All by batch (document, project, solution), the syntax root
    /// fetched once, and one action per diagnostic keyed by the provider's name, so Fix All groups a provider's fixes.
    /// A provider says only how it rewrites the code.
    /// </summary>
    public abstract class KeiCodeFixProvider : CodeFixProvider
    {
        protected KeiCodeFixProvider(string ruleId) => FixableDiagnosticIds = ImmutableArray.Create(ruleId);

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root != null)
            {
                await RegisterAsync(context, root).ConfigureAwait(false);
            }
        }

        /// <summary>Finds what the diagnostic points at and offers the fix when the parts allow it.</summary>
        protected abstract Task RegisterAsync(CodeFixContext context, SyntaxNode root);

        /// <summary>Offers the fix that replaces <paramref name="oldNode"/> with <paramref name="newNode"/>.</summary>
        protected void OfferReplacement(CodeFixContext context, string title, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode)
            => Offer(context, title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode))));

        /// <summary>Offers a fix whose edit is computed when it is applied.</summary>
        protected void Offer(CodeFixContext context, string title, Func<CancellationToken, Task<Document>> apply)
            => context.RegisterCodeFix(CodeAction.Create(title, apply, GetType().Name), context.Diagnostics);
    }
}
