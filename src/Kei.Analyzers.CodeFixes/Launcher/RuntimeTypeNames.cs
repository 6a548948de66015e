using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>How generated code names a Kei.Runtime type: short where the file's usings reach it, else fully qualified.</summary>
    internal static class RuntimeTypeNames
    {
        public static string At(SemanticModel model, int position, string name)
        {
            foreach (ISymbol symbol in model.LookupNamespacesAndTypes(position, name: name))
            {
                if (symbol is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == "Kei.Runtime")
                {
                    return name;
                }
            }

            return "Kei.Runtime." + name;
        }
    }
}
