using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure
{
    /// <summary>
    /// Namespace and type tests by name, segment by segment. Rules ask them for every call or member access of a
    /// compilation, so they build no strings (<c>ToDisplayString()</c> would, each time).
    /// </summary>
    internal static class SymbolNames
    {
        /// <summary>True when <paramref name="space"/> is exactly the dotted namespace (<c>System.Diagnostics</c>).</summary>
        public static bool IsNamespace(INamespaceSymbol? space, string dotted)
        {
            int end = dotted.Length;
            while (space != null && !space.IsGlobalNamespace && end > 0)
            {
                int start = dotted.LastIndexOf('.', end - 1) + 1;
                string name = space.Name;
                if (end - start != name.Length || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
                {
                    return false;
                }

                space = space.ContainingNamespace;
                end = start - 1;
            }

            return end < 0 && (space is null || space.IsGlobalNamespace);
        }

        /// <summary>True when the symbol's namespace is <paramref name="root"/> or one inside it (<c>Polly</c>, <c>Polly.Retry</c>).</summary>
        public static bool IsInNamespaceTree(ISymbol symbol, string root)
        {
            INamespaceSymbol? space = symbol.ContainingNamespace;
            while (space?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                space = parent;
            }

            return space is { IsGlobalNamespace: false } && space.Name == root;
        }

        /// <summary>True for the type <paramref name="name"/> declared in the namespace <paramref name="dotted"/>.</summary>
        public static bool IsType(INamedTypeSymbol? type, string dotted, string name)
            => type != null && type.Name == name && IsNamespace(type.ContainingNamespace, dotted);
    }
}
