using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Arguments found by the parameter they bind to, never by their position in the source: named arguments may come
    /// in any order (<c>new GpuRequest(Count: 3, Type: "L40S")</c>), and the compiler supplies the arguments left out
    /// (their default values, <see cref="ArgumentKind.DefaultValue"/>) and gathers <c>params</c> into one array.
    /// </summary>
    internal static class CallArguments
    {
        /// <summary>The arguments of a call, a creation or a constructor initializer; empty for anything else.</summary>
        public static ImmutableArray<IArgumentOperation> Of(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };

        /// <summary>The argument bound to the parameter named <paramref name="name"/> (case-insensitive), or null.</summary>
        public static IArgumentOperation? Named(ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter != null && string.Equals(argument.Parameter.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The argument bound to the parameter at <paramref name="ordinal"/> of the signature, or null.</summary>
        public static IArgumentOperation? AtParameter(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The argument whose parameter has the given type (the function of a launch, the confirmation of a stop), or null.</summary>
        public static IArgumentOperation? OfType(ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol type)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter != null && SymbolEqualityComparer.Default.Equals(argument.Parameter.Type.OriginalDefinition, type))
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>True for an argument the author wrote (or gathered into <c>params</c>), false for a default filled in.</summary>
        public static bool IsWritten(IArgumentOperation argument) => argument.ArgumentKind != ArgumentKind.DefaultValue;
    }
}
