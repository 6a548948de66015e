using System;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// Registers operation actions for the members of types implementing <c>IJobAdapter</c> only, so the adapter rules
    /// cost nothing in the rest of a code base.
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
                        var type = (INamedTypeSymbol)symbolStart.Symbol;
                        if (type.TypeKind != TypeKind.Interface && types.IsAdapter(type))
                        {
                            registerInAdapter(symbolStart, type);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }
    }
}
