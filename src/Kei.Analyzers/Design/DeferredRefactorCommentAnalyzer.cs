using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// KEI103: a comment that defers a refactoring (a to-do note to restructure the code some other day). The
    /// Constructor Pattern asks to split now; a deferred split is how 30-line functions become 300-line ones. What
    /// counts is <see cref="DeferredRefactorPattern"/>; the diagnostic covers the whole comment.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeferredRefactorCommentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KeiDescriptors.DeferredRefactor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterSyntaxTreeAction(GeneratedCodeFilter.Skip(AnalyzeTree));
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
        {
            // Walking every trivia of a tree costs far more than one scan of its text; most files have no word that a
            // deferral needs, and are done after the scan.
            if (!DeferredRefactorPattern.MayContainDeferral(context.Tree.GetText(context.CancellationToken).ToString()))
            {
                return;
            }

            SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
            foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: true))
            {
                if (!IsComment(trivia) || GeneratedCodeAttribute.IsWithin(trivia.Token.Parent))
                {
                    continue;
                }

                string text = trivia.ToFullString();
                if (DeferredRefactorPattern.TryMatch(text, out string excerpt))
                {
                    context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.DeferredRefactor, CommentLocation(context.Tree, trivia, text), excerpt));
                }
            }
        }

        /// <summary>
        /// The comment from its first character (a documentation comment's span would start after its <c>///</c>)
        /// through its last, without the line break that ends a documentation comment.
        /// </summary>
        private static Location CommentLocation(SyntaxTree tree, SyntaxTrivia trivia, string text)
            => Location.Create(tree, new TextSpan(trivia.FullSpan.Start, text.TrimEnd('\r', '\n').Length));

        private static bool IsComment(SyntaxTrivia trivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    return true;
                default:
                    return false;
            }
        }
    }
}
