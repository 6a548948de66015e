using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>Builds <c>await v.CommitAsync(ct);</c> laid out like the statement it follows.</summary>
    internal static class CommitStatementBuilder
    {
        public static StatementSyntax Build(ExpressionSyntax volume, string? cancellationToken, StatementSyntax after)
        {
            string argument = cancellationToken ?? string.Empty;
            var statement = (ExpressionStatementSyntax)SyntaxFactory.ParseStatement("await " + volume.WithoutTrivia().ToString() + ".CommitAsync(" + argument + ");");
            SyntaxTrivia[] whitespace = after.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToArray();
            SyntaxTriviaList indentation = whitespace.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace[whitespace.Length - 1]);
            return statement.WithLeadingTrivia(indentation).WithTrailingTrivia(LineEnd(after));
        }

        /// <summary>The line ending the previous statement uses (so CRLF files stay CRLF).</summary>
        private static SyntaxTrivia LineEnd(StatementSyntax after)
        {
            foreach (SyntaxTrivia trivia in after.GetTrailingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticLineFeed;
        }
    }
}
