using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Design
{
    /// <summary>What KEI101 needs of a function: how the message names it, where it is reported, where it starts.</summary>
    internal readonly struct FunctionShape
    {
        private FunctionShape(string description, SyntaxToken reportAt, int start)
        {
            Description = description;
            ReportAt = reportAt;
            Start = start;
        }

        /// <summary>The message's subject, e.g. <c>Method 'Train'</c> or <c>Accessor 'get' of 'Name'</c>.</summary>
        public string Description { get; }

        /// <summary>The name (or keyword) the squiggle goes on.</summary>
        public SyntaxToken ReportAt { get; }

        /// <summary>Position of the first token after the attribute lists: the declaration's first line.</summary>
        public int Start { get; }

        /// <summary>The shape of a function node; false for nodes that are not functions of their own.</summary>
        public static bool TryDescribe(SyntaxNode node, out FunctionShape shape)
        {
            shape = default;
            switch (node)
            {
                case MethodDeclarationSyntax method:
                    return Make(node, "Method '" + method.Identifier.ValueText + "'", method.Identifier, out shape);
                case ConstructorDeclarationSyntax constructor:
                    return Make(node, "Constructor '" + constructor.Identifier.ValueText + "'", constructor.Identifier, out shape);
                case DestructorDeclarationSyntax destructor:
                    return Make(node, "Destructor '~" + destructor.Identifier.ValueText + "'", destructor.Identifier, out shape);
                case OperatorDeclarationSyntax op:
                    return Make(node, "Operator '" + op.OperatorToken.Text + "'", op.OperatorKeyword, out shape);
                case ConversionOperatorDeclarationSyntax conversion:
                    return Make(node, "Conversion operator '" + conversion.Type + "'", conversion.OperatorKeyword, out shape);
                case AccessorDeclarationSyntax accessor:
                    return Make(node, "Accessor '" + accessor.Keyword.ValueText + "' of '" + FunctionNames.AccessorOwner(accessor) + "'", accessor.Keyword, out shape);
                case LocalFunctionStatementSyntax local:
                    return Make(node, "Local function '" + local.Identifier.ValueText + "'", local.Identifier, out shape);
                default:
                    return TryDescribeOther(node, out shape);
            }
        }

        private static bool TryDescribeOther(SyntaxNode node, out FunctionShape shape)
        {
            shape = default;
            switch (node)
            {
                case PropertyDeclarationSyntax property when property.ExpressionBody != null:
                    return Make(node, "Property '" + property.Identifier.ValueText + "'", property.Identifier, out shape);
                case IndexerDeclarationSyntax indexer when indexer.ExpressionBody != null:
                    return Make(node, "Indexer 'this[]'", indexer.ThisKeyword, out shape);
                case AnonymousMethodExpressionSyntax anonymous:
                    return Make(node, FunctionNames.WithContainer("Anonymous method", node), anonymous.DelegateKeyword, out shape);
                case LambdaExpressionSyntax lambda when lambda.Block != null:
                    return Make(node, FunctionNames.WithContainer("Lambda", node), lambda.ArrowToken, out shape);
                default:
                    return false;
            }
        }

        private static bool Make(SyntaxNode node, string description, SyntaxToken reportAt, out FunctionShape shape)
        {
            shape = new FunctionShape(description, reportAt, FirstPositionAfterAttributes(node));
            return true;
        }

        private static int FirstPositionAfterAttributes(SyntaxNode node)
        {
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.IsToken)
                {
                    return child.AsToken().SpanStart;
                }

                if (!child.IsKind(SyntaxKind.AttributeList))
                {
                    return child.AsNode()!.SpanStart;
                }
            }

            return node.SpanStart;
        }
    }
}
