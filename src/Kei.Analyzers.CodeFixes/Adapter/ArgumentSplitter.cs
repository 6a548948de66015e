using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Adapter
{
    /// <summary>
    /// Turns the pieces of one argument string into separate arguments, splitting constant text at spaces. Pieces
    /// that touch (<c>"--epochs=" + n</c>) stay one argument, written as an interpolation. Null when the text quotes
    /// (a quote or backslash: the child's re-splitting rules would be needed) or holds other white space.
    /// </summary>
    internal static class ArgumentSplitter
    {
        public static List<ExpressionSyntax>? Split(IReadOnlyList<StringPiece> pieces)
        {
            var arguments = new List<ExpressionSyntax>();
            var current = new List<StringPiece>();
            foreach (StringPiece piece in pieces)
            {
                if (piece.Text is null)
                {
                    current.Add(piece);
                }
                else if (!AddWords(piece.Text, current, arguments))
                {
                    return null;
                }
            }

            Flush(current, arguments);
            return arguments.Count > 0 ? arguments : null;
        }

        /// <summary>Each space ends the argument being built; false for text the child would re-split by quoting rules.</summary>
        private static bool AddWords(string text, List<StringPiece> current, List<ExpressionSyntax> arguments)
        {
            if (text.Any(c => c == '"' || c == '\'' || c == '\\' || (char.IsWhiteSpace(c) && c != ' ')))
            {
                return false;
            }

            string[] words = text.Split(' ');
            for (int i = 0; i < words.Length; i++)
            {
                if (i > 0)
                {
                    Flush(current, arguments);
                }

                if (words[i].Length > 0)
                {
                    current.Add(StringPiece.Constant(words[i]));
                }
            }

            return true;
        }

        private static void Flush(List<StringPiece> current, List<ExpressionSyntax> arguments)
        {
            if (current.Count > 0)
            {
                arguments.Add(ToExpression(current));
                current.Clear();
            }
        }

        /// <summary>A literal, a string-typed expression as it is, or an interpolation of the pieces.</summary>
        private static ExpressionSyntax ToExpression(List<StringPiece> pieces)
        {
            if (pieces.All(p => p.Text != null))
            {
                string text = string.Concat(pieces.Select(p => p.Text));
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
            }

            if (pieces.Count == 1 && pieces[0].IsString)
            {
                return pieces[0].Expression!.WithoutTrivia();
            }

            IEnumerable<InterpolatedStringContentSyntax> contents = pieces.Select(p => p.Text != null
                ? (InterpolatedStringContentSyntax)SyntaxFactory.InterpolatedStringText(TextToken(p.Text))
                : SyntaxFactory.Interpolation(p.Expression!.WithoutTrivia()));
            return SyntaxFactory.InterpolatedStringExpression(SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken), SyntaxFactory.List(contents));
        }

        private static SyntaxToken TextToken(string text)
        {
            string escaped = text.Replace("{", "{{").Replace("}", "}}");
            return SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, escaped, text, default);
        }
    }
}
