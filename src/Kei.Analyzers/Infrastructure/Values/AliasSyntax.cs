using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Whether a local can alias a receiver chain, told from its declaration before the costlier reading of every write
    /// in its body: a local declared with an initializer that is no chain in its syntax (a call, a <c>new</c>, an
    /// <c>await</c>, a literal) aliases nothing, whatever else writes it. Any other local may, and is read in full.
    /// </summary>
    internal static class AliasSyntax
    {
        public static bool MayAlias(ILocalSymbol local)
        {
            ImmutableArray<SyntaxReference> declarations = local.DeclaringSyntaxReferences;
            return declarations.Length != 1
                || declarations[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }
                || IsChain(value);
        }

        /// <summary>A name, <c>this</c>, <c>base</c> or a member access, through parentheses, casts, <c>as</c> and <c>!</c>.</summary>
        private static bool IsChain(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized: return IsChain(parenthesized.Expression);
                case CastExpressionSyntax cast: return IsChain(cast.Expression);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression): return IsChain(binary.Left);
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression): return IsChain(postfix.Operand);
                case MemberAccessExpressionSyntax access: return access.IsKind(SyntaxKind.SimpleMemberAccessExpression);
                default: return expression is IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax;
            }
        }
    }
}
