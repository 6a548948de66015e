using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// <c>[GeneratedCode]</c> on a declaration, read from the syntax: the line rules walk files without a semantic
    /// model, and the driver's own marker for generated members is not available to a syntax-tree action.
    /// </summary>
    internal static class GeneratedCodeAttribute
    {
        public static bool IsOn(SyntaxNode node)
        {
            if (node is not MemberDeclarationSyntax member)
            {
                return false;
            }

            foreach (AttributeListSyntax list in member.AttributeLists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    string name = RightmostName(attribute.Name);
                    if (name == "GeneratedCode" || name == "GeneratedCodeAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when the node is, or lies inside, a declaration carrying <c>[GeneratedCode]</c>.</summary>
        public static bool IsWithin(SyntaxNode? node)
        {
            for (; node != null; node = node.Parent)
            {
                if (IsOn(node))
                {
                    return true;
                }
            }

            return false;
        }

        private static string RightmostName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
