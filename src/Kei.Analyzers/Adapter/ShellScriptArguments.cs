using System.Collections.Generic;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// The shell form of KEI024: <c>bash -c</c> / <c>sh -c</c> with built text. Passing the pieces through ArgumentList
    /// does not help when a shell re-parses one of them as a script; a job id with a quote becomes a command.
    /// </summary>
    internal static class ShellScriptArguments
    {
        public const string Description = "interpolating text into a shell's -c script";

        /// <summary>True for <c>ArgumentList.Add(built)</c> when the same body also adds a constant <c>-c</c> to an ArgumentList.</summary>
        public static bool IsScriptAdd(IInvocationOperation add)
        {
            // Cheapest checks first: this runs for every Add call of a compilation.
            if (add.TargetMethod.Name != "Add" || add.Arguments.Length != 1 || !IsArgumentList(add) || StringBuilding.Describe(add.Arguments[0].Value) is null)
            {
                return false;
            }

            foreach (IOperation operation in OperationValues.Root(add).Descendants())
            {
                if (operation is IInvocationOperation other && other != add && other.TargetMethod.Name == "Add"
                    && other.Arguments.Length == 1 && IsDashC(other.Arguments[0].Value) && IsArgumentList(other) && SameList(add, other))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The built elements that follow a constant <c>-c</c> in an argument array or collection.</summary>
        public static IEnumerable<IOperation> ScriptElements(IOperation collection)
        {
            bool afterDashC = false;
            foreach (IOperation element in Elements(OperationValues.FollowLocal(collection)))
            {
                if (afterDashC && StringBuilding.Describe(element) != null)
                {
                    yield return element;
                }

                afterDashC |= IsDashC(element);
            }
        }

        private static IEnumerable<IOperation> Elements(IOperation collection)
            => collection is IArrayCreationOperation { Initializer: not null } array ? array.Initializer.ElementValues : System.Linq.Enumerable.Empty<IOperation>();

        private static bool IsDashC(IOperation value) => OperationValues.TryGetString(value, out string text) && (text == "-c" || text == "/c");

        /// <summary><c>psi.ArgumentList.Add</c>, or an Add of <c>ArgumentList = { ... }</c> in an object initializer.</summary>
        private static bool IsArgumentList(IInvocationOperation add)
        {
            if (add.Instance is IPropertyReferenceOperation property)
            {
                return IsArgumentListProperty(property.Property);
            }

            return add.Parent is IObjectOrCollectionInitializerOperation { Parent: IMemberInitializerOperation member }
                && member.InitializedMember is IPropertyReferenceOperation initialized
                && IsArgumentListProperty(initialized.Property);
        }

        /// <summary>Both Adds go to one ArgumentList: the same start-info variable, or the same collection initializer.</summary>
        private static bool SameList(IInvocationOperation first, IInvocationOperation second)
        {
            if (first.Instance is IPropertyReferenceOperation a && second.Instance is IPropertyReferenceOperation b)
            {
                ISymbol? left = Receiver(a.Instance);
                return left != null && SymbolEqualityComparer.Default.Equals(left, Receiver(b.Instance));
            }

            return first.Instance is not IPropertyReferenceOperation && first.Parent == second.Parent;
        }

        private static ISymbol? Receiver(IOperation? instance) => instance is null ? null : OperationValues.Unwrap(instance) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        private static bool IsArgumentListProperty(IPropertySymbol property)
            => property.Name == "ArgumentList" && property.ContainingType?.Name == "ProcessStartInfo";
    }
}
