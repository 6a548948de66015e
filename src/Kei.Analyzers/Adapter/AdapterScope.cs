using System;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// Registers operation actions for the members of types implementing <c>IJobAdapter</c> only, so the adapter rules
    /// cost nothing in the rest of a code base. All partial parts of an adapter are the adapter, and so are the types
    /// nested in it (its helpers run in its process); the rules name the outermost adapter.
    /// </summary>
    internal static class AdapterScope
    {
        public static void Register(AnalysisContext context, Action<SymbolStartAnalysisContext, INamedTypeSymbol> registerInAdapter)
        {
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.JobAdapter is null)
                {
                    return;
                }

                start.RegisterSymbolStartAction(
                    symbolStart =>
                    {
                        INamedTypeSymbol? adapter = EnclosingAdapter((INamedTypeSymbol)symbolStart.Symbol, types);
                        if (adapter != null)
                        {
                            registerInAdapter(symbolStart, adapter);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }

        /// <summary>The outermost adapter among the type and the types it is nested in; null when there is none.</summary>
        private static INamedTypeSymbol? EnclosingAdapter(INamedTypeSymbol type, RuntimeTypes types)
        {
            INamedTypeSymbol? adapter = null;
            for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
            {
                adapter = current.TypeKind != TypeKind.Interface && types.IsAdapter(current) ? current : adapter;
            }

            return adapter;
        }
    }
}
