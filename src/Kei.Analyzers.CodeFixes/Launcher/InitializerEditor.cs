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

            ExpressionSyntax last = members[members.Count - 1];
            bool trailingComma = members.SeparatorCount == members.Count;
            SyntaxTriviaList afterLast = trailingComma ? members.GetSeparator(members.Count - 1).TrailingTrivia : last.GetTrailingTrivia();
            bool multiLine = afterLast.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            SyntaxTriviaList indentation = multiLine ? IndentationOf(last) : SyntaxFactory.TriviaList(SyntaxFactory.Space);

            var items = new List<SyntaxNodeOrToken>();
            for (int i = 0; i < members.Count - 1; i++)
            {
                items.Add(members[i]);
                items.Add(members.GetSeparator(i));
            }

            SyntaxTrivia lineBreak = multiLine ? afterLast.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) : SyntaxFactory.Space;
            items.Add(trailingComma ? last : last.WithoutTrailingTrivia());
            items.Add(trailingComma ? members.GetSeparator(members.Count - 1) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? afterLast : SyntaxFactory.TriviaList()));
            items.Add(member.WithLeadingTrivia(indentation).WithTrailingTrivia(trailingComma ? SyntaxFactory.TriviaList() : (multiLine ? SyntaxFactory.TriviaList(lineBreak) : last.GetTrailingTrivia())));
            if (trailingComma)
            {
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(afterLast));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        private static SyntaxTriviaList IndentationOf(SyntaxNode node)
        {
            SyntaxTrivia[] whitespace = node.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToArray();
            return whitespace.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace[whitespace.Length - 1]);
        }
    }
}
