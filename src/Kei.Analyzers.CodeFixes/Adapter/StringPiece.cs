using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Adapter
{
    /// <summary>One piece of a built string: constant text, or an expression (with whether it is already a string).</summary>
    internal sealed class StringPiece
    {
        private StringPiece(string? text, ExpressionSyntax? expression, bool isString)
        {
            Text = text;
            Expression = expression;
            IsString = isString;
        }

        /// <summary>The text of a constant piece (escapes resolved); null for an expression.</summary>
        public string? Text { get; }

        public ExpressionSyntax? Expression { get; }

        public bool IsString { get; }

        public static StringPiece Constant(string text) => new StringPiece(text, null, true);

        public static StringPiece Value(ExpressionSyntax expression, bool isString) => new StringPiece(null, expression, isString);
    }
}
