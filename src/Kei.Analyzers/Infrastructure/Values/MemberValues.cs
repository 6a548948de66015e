using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Members set by object initializers (<c>new T { P = v }</c>, target-typed <c>new() { ... }</c>) and by
    /// <c>with { P = v }</c>; through <c>with</c>, a member the expression does not set is read from the object it copies.
    /// </summary>
    internal static class MemberValues
    {
        private const int MaxCopies = 8;

        /// <summary>The initializer of a creation or of a <c>with</c>; null when there is none.</summary>
        public static IObjectOrCollectionInitializerOperation? Initializer(IOperation operation) => operation switch
        {
            IObjectCreationOperation creation => creation.Initializer,
            IWithOperation with => with.Initializer,
            _ => null,
        };

        /// <summary>The <c>name = value</c> of the creation's or <c>with</c>'s own initializer, or null when it does not set it.</summary>
        public static ISimpleAssignmentOperation? Assignment(IOperation operation, string name)
        {
            IObjectOrCollectionInitializerOperation? initializer = Initializer(operation);
            if (initializer is null)
            {
                return null;
            }

            foreach (IOperation member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation assignment && MemberName(assignment.Target) == name)
                {
                    return assignment;
                }
            }

            return null;
        }

        /// <summary>
        /// What member <paramref name="name"/> holds in each object <paramref name="objectValue"/> can stand for (see
        /// <see cref="PossibleValues"/>): set by its creation or by the nearest <c>with</c>, left at its default, or unknown.
        /// </summary>
        public static void Collect(IOperation objectValue, string name, List<MemberValue> values, int copies = 0)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(objectValue))
            {
                ISimpleAssignmentOperation? assignment = Assignment(leaf.Value, name);
                if (assignment != null)
                {
                    values.Add(MemberValue.Set(assignment.Value));
                }
                else if (leaf.Value is IObjectCreationOperation)
                {
                    values.Add(MemberValue.Default);
                }
                else if (leaf.Value is IWithOperation with && copies < MaxCopies)
                {
                    Collect(with.Operand, name, values, copies + 1);
                }
                else
                {
                    values.Add(MemberValue.Unknown);
                }
            }
        }

        private static string? MemberName(IOperation target) => target switch
        {
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => null,
        };
    }
}
