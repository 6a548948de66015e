using System.Collections.Generic;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
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

        /// <summary>
        /// The built text of <c>ArgumentList.Add(built)</c> when the same body also adds a constant <c>-c</c> to the same
        /// ArgumentList (the same start info, reached the same way: <c>other.ArgumentList</c> is another list); else null.
        /// </summary>
        public static IOperation? FindScriptAdd(IInvocationOperation add)
        {
            // Cheapest checks first: this runs for every Add call of a compilation.
            if (add.TargetMethod.Name != "Add" || add.Arguments.Length != 1 || !IsArgumentList(add) || TextBuilding.Find(add.Arguments[0].Value) is not { } built)
            {
                return null;
            }

            foreach (IOperation operation in Operand.Root(add).Descendants())
            {
                if (operation is IInvocationOperation other && other != add && other.TargetMethod.Name == "Add"
                    && other.Arguments.Length == 1 && IsDashC(other.Arguments[0].Value) && IsArgumentList(other) && SameList(add, other))
                {
                    return built.Site;
                }
            }

            return null;
        }

        /// <summary>The built elements (where they enter) that follow a constant <c>-c</c> in an argument array or collection.</summary>
        public static IEnumerable<IOperation> ScriptElements(IOperation collection)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(collection))
            {
                bool afterDashC = false;
                foreach (CollectionElement element in CollectionElements.Of(leaf.Value) ?? new List<CollectionElement>())
                {
                    BuiltText? built = afterDashC && !element.IsSpread && element.Value != null ? TextBuilding.Find(element.Value) : null;
                    if (built != null)
                    {
                        yield return built.Value.Site;
                    }

                    afterDashC |= !element.IsSpread && element.Value != null && IsDashC(element.Value);
                }
            }
        }

        private static bool IsDashC(IOperation value) => Constants.TryGetString(value, out string text) && (text == "-c" || text == "/c");

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

        /// <summary>Both Adds go to one ArgumentList: the same start info (the same <see cref="ReceiverPath"/>), or one initializer.</summary>
        private static bool SameList(IInvocationOperation first, IInvocationOperation second)
        {
            if (first.Instance is IPropertyReferenceOperation { Instance: { } a } && second.Instance is IPropertyReferenceOperation { Instance: { } b })
            {
                ReceiverPath? left = ReceiverPath.Of(a);
                return left != null && left.Equals(ReceiverPath.Of(b));
            }

            return first.Instance is not IPropertyReferenceOperation && first.Parent == second.Parent;
        }

        private static bool IsArgumentListProperty(IPropertySymbol property)
            => property.Name == "ArgumentList" && SymbolNames.IsType(property.ContainingType, "System.Diagnostics", "ProcessStartInfo");
    }
}
