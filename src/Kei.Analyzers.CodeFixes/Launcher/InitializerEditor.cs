using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>
    /// Appends a member to an object initializer in the initializer's own layout: on its own line (same indentation)
    /// when the members are one per line, after <c>", "</c> when they share a line. Comments stay where they were.
    /// </summary>
    internal static class InitializerEditor
    {
        public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax member)
        {
            SeparatedSyntaxList<ExpressionSyntax> members = initializer.Expressions;
            if (members.Count == 0)
            {
                ExpressionSyntax spaced = member.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
                return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(spaced));
            }

            var items = new List<SyntaxNodeOrToken>();
            for (int i = 0; i < members.Count - 1; i++)
            {
                items.Add(members[i]);
                items.Add(members.GetSeparator(i));
            }

            AppendAfterLast(items, members, member);
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        /// <summary>
        /// The last member, a comma, and the new member. What followed the last member (a comment, the line break) moves
        /// after the comma; the new member takes the last one's indentation and ends the line as the last one did.
        /// </summary>
        private static void AppendAfterLast(List<SyntaxNodeOrToken> items, SeparatedSyntaxList<ExpressionSyntax> members, ExpressionSyntax member)
        {
            ExpressionSyntax last = members[members.Count - 1];
            bool trailingComma = members.SeparatorCount == members.Count;
            SyntaxTriviaList afterLast = trailingComma ? members.GetSeparator(members.Count - 1).TrailingTrivia : last.GetTrailingTrivia();
            bool multiLine = afterLast.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            SyntaxTriviaList indentation = multiLine ? IndentationOf(last) : SyntaxFactory.TriviaList(SyntaxFactory.Space);
            SyntaxTriviaList lineEnd = multiLine ? SyntaxFactory.TriviaList(afterLast.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia))) : last.GetTrailingTrivia();

            items.Add(trailingComma ? last : last.WithoutTrailingTrivia());
            items.Add(trailingComma ? members.GetSeparator(members.Count - 1) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? afterLast : SyntaxFactory.TriviaList()));
            items.Add(member.WithLeadingTrivia(indentation).WithTrailingTrivia(trailingComma ? SyntaxFactory.TriviaList() : lineEnd));
            if (trailingComma)
            {
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(afterLast));
            }
        }

        private static SyntaxTriviaList IndentationOf(SyntaxNode node)
        {
            SyntaxTrivia[] whitespace = node.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToArray();
            return whitespace.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace[whitespace.Length - 1]);
        }
    }
}
