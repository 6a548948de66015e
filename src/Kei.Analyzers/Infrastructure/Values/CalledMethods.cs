using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// The method a call or a method group refers to: <c>Console.WriteLine("x")</c> and <c>lines.ForEach(Console.WriteLine)</c>
    /// both name <c>Console.WriteLine</c>. A rule that flags a call whatever its arguments reads both; a rule that
    /// judges arguments reads calls only, since a method group's arguments are supplied elsewhere, by its invoker.
    /// </summary>
    internal static class CalledMethods
    {
        /// <summary>Operation kinds that name a method: register for these to see calls and method groups alike.</summary>
        public static readonly ImmutableArray<OperationKind> CallsAndMethodGroups = ImmutableArray.Create(OperationKind.Invocation, OperationKind.MethodReference);

        /// <summary>The called or referenced method; null for other operations.</summary>
        public static IMethodSymbol? Of(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };

        /// <summary>True for a method group inside <c>nameof(...)</c>, which names the method without using it.</summary>
        public static bool IsInNameOf(IOperation operation)
        {
            for (IOperation? parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
