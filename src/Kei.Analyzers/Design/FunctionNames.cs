using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Design
{
    /// <summary>Names for KEI101 messages: whose accessor it is, and which member holds an unnamed function.</summary>
    internal static class FunctionNames
    {
        public static string AccessorOwner(AccessorDeclarationSyntax accessor)
        {
            switch (accessor.Parent?.Parent)
            {
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case EventDeclarationSyntax @event: return @event.Identifier.ValueText;
                case IndexerDeclarationSyntax _: return "this[]";
                default: return "?";
            }
        }

        /// <summary>
        /// "Lambda in 'Train'": lambdas have no name, so the message names the nearest enclosing named function,
        /// member or variable, which is what a reader searches for.
        /// </summary>
        public static string WithContainer(string kind, SyntaxNode node)
        {
            for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
            {
                string? name = NameOf(current);
                if (name != null)
                {
                    return kind + " in '" + name + "'";
                }
            }

            return kind;
        }

        private static string? NameOf(SyntaxNode node)
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax local: return local.Identifier.ValueText;
                case MethodDeclarationSyntax method: return method.Identifier.ValueText;
                case ConstructorDeclarationSyntax constructor: return constructor.Identifier.ValueText;
                case AccessorDeclarationSyntax accessor: return AccessorOwner(accessor);
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case VariableDeclaratorSyntax variable: return variable.Identifier.ValueText;
                case BaseTypeDeclarationSyntax type: return type.Identifier.ValueText;
                default: return null;
            }
        }
    }
}
