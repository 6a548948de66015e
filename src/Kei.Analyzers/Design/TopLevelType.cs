using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Design
{
    /// <summary>One top-level type declaration of a file, with the key that identifies its type across partial parts.</summary>
    internal readonly struct TopLevelType
    {
        private TopLevelType(string key, SyntaxToken identifier, string displayName)
        {
            Key = key;
            Identifier = identifier;
            DisplayName = displayName;
        }

        /// <summary>Namespace, name and arity: <c>N.M.Name`1</c>.</summary>
        public string Key { get; }

        public SyntaxToken Identifier { get; }

        /// <summary>The name as messages show it, type parameters included: <c>AsyncPolicy&lt;TResult&gt;</c>.</summary>
        public string DisplayName { get; }

        /// <summary>Every type declared directly in a compilation unit or in its (block or file-scoped) namespaces.</summary>
        public static void Collect(SyntaxList<MemberDeclarationSyntax> members, string namespacePrefix, List<TopLevelType> types)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        Collect(ns.Members, namespacePrefix + NamespaceName(ns) + ".", types);
                        break;
                    case TypeDeclarationSyntax type:
                        types.Add(Create(namespacePrefix, type.Identifier, type.TypeParameterList));
                        break;
                    case EnumDeclarationSyntax enumeration:
                        types.Add(Create(namespacePrefix, enumeration.Identifier, null));
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        types.Add(Create(namespacePrefix, @delegate.Identifier, @delegate.TypeParameterList));
                        break;
                }
            }
        }

        /// <summary>The dotted name without the spaces or comments a name may hold (<c>A . B</c> is <c>A.B</c>).</summary>
        private static string NamespaceName(BaseNamespaceDeclarationSyntax ns)
        {
            var name = new System.Text.StringBuilder();
            foreach (SyntaxToken token in ns.Name.DescendantTokens())
            {
                name.Append(token.ValueText);
            }

            return name.ToString();
        }

        private static TopLevelType Create(string namespacePrefix, SyntaxToken identifier, TypeParameterListSyntax? typeParameters)
        {
            int arity = typeParameters?.Parameters.Count ?? 0;
            string key = namespacePrefix + identifier.ValueText + "`" + arity.ToString(CultureInfo.InvariantCulture);
            return new TopLevelType(key, identifier, DisplayNameOf(identifier, typeParameters));
        }

        /// <summary><c>Name</c>, or <c>Name&lt;T1, T2&gt;</c>: a generic and a non-generic type of one name are two types.</summary>
        private static string DisplayNameOf(SyntaxToken identifier, TypeParameterListSyntax? typeParameters)
        {
            if (typeParameters is null || typeParameters.Parameters.Count == 0)
            {
                return identifier.ValueText;
            }

            var name = new System.Text.StringBuilder(identifier.ValueText).Append('<');
            for (int i = 0; i < typeParameters.Parameters.Count; i++)
            {
                name.Append(i == 0 ? string.Empty : ", ").Append(typeParameters.Parameters[i].Identifier.ValueText);
            }

            return name.Append('>').ToString();
        }
    }
}
