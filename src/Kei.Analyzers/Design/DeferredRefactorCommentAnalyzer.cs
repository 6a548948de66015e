using System.Collections.Generic;
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
    /// <remarks>
    /// The cost follows the hits, not the file: the text is searched for the words every deferral needs
    /// (<see cref="DeferredRefactorPattern.FindHints"/>), and only the trivia at each hit is looked up in the tree. A
    /// hit in code or in a string has no comment there and costs one lookup; the file's trivia is never walked.
    /// </remarks>
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
            SyntaxNode? root = null;
            HashSet<int>? checkedComments = null;
            foreach (int hint in DeferredRefactorPattern.FindHints(context.Tree.GetText(context.CancellationToken).ToString()))
            {
                root ??= context.Tree.GetRoot(context.CancellationToken);
                SyntaxTrivia trivia = CommentAt(root, hint);
                if (IsComment(trivia) && (checkedComments ??= new HashSet<int>()).Add(trivia.FullSpan.Start))
                {
                    Check(context, trivia);
                }
            }
        }

        private static void Check(SyntaxTreeAnalysisContext context, SyntaxTrivia comment)
        {
            string text = comment.ToFullString();
            if (DeferredRefactorPattern.TryMatch(text, out string excerpt) && !GeneratedCodeAttribute.IsWithin(comment.Token.Parent))
            {
                context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.DeferredRefactor, CommentLocation(context.Tree, comment, text), excerpt));
            }
        }

        /// <summary>The trivia at a position: a comment on a token, or one inside a directive (<c>#region // ...</c>).</summary>
        private static SyntaxTrivia CommentAt(SyntaxNode root, int position)
        {
            SyntaxTrivia trivia = root.FindTrivia(position);
            bool insideDirective = trivia.HasStructure && !IsComment(trivia);
            return insideDirective ? root.FindTrivia(position, findInsideTrivia: true) : trivia;
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
