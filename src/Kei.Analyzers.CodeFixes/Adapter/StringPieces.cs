using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Adapter
{
    /// <summary>
    /// Splits <c>a + " b " + c</c> or <c>$"a {b} c"</c> into its pieces, in order. Null when a piece cannot be moved as
    /// it is: an interpolation with an alignment or format, a raw or verbatim string, or a numeric <c>+</c> inside.
    /// </summary>
    internal static class StringPieces
    {
        public static List<StringPiece>? Split(ExpressionSyntax built, SemanticModel model, CancellationToken cancellationToken)
        {
            var pieces = new List<StringPiece>();
            bool ok = built is InterpolatedStringExpressionSyntax interpolated
                ? AddInterpolation(interpolated, pieces, model, cancellationToken)
                : AddConcatenation(built, pieces, model, cancellationToken);
            return ok ? pieces : null;
        }

        private static bool AddConcatenation(ExpressionSyntax expression, List<StringPiece> pieces, SemanticModel model, CancellationToken cancellationToken)
        {
            expression = Unparenthesize(expression);
            Optional<object?> constant = model.GetConstantValue(expression, cancellationToken);
            if (constant.HasValue && constant.Value is string text)
            {
                pieces.Add(StringPiece.Constant(text));
                return true;
            }

            bool isString = model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String;
            if (expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add && isString)
            {
                return AddConcatenation(add.Left, pieces, model, cancellationToken) && AddConcatenation(add.Right, pieces, model, cancellationToken);
            }

            pieces.Add(StringPiece.Value(expression, isString));
            return true;
        }

        private static bool AddInterpolation(InterpolatedStringExpressionSyntax interpolated, List<StringPiece> pieces, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken))
            {
                return false;
            }

            foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    pieces.Add(StringPiece.Constant(text.TextToken.ValueText));
                }
                else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                {
                    bool isString = model.GetTypeInfo(hole.Expression, cancellationToken).Type?.SpecialType == SpecialType.System_String;
                    pieces.Add(StringPiece.Value(hole.Expression, isString));
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
