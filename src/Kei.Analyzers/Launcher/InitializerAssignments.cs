using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Reads the <c>Property = value</c> members of an object initializer or a <c>with</c> expression.</summary>
    internal static class InitializerAssignments
    {
        /// <summary>The initializer of a creation (<c>new T { ... }</c>) or of a <c>with { ... }</c>; null when there is none.</summary>
        public static IObjectOrCollectionInitializerOperation? Of(IOperation operation) => operation switch
        {
            IObjectCreationOperation creation => creation.Initializer,
            IWithOperation with => with.Initializer,
            _ => null,
        };

        /// <summary>The assignment to the property named <paramref name="name"/>, or null when the initializer does not set it.</summary>
        public static ISimpleAssignmentOperation? Find(IObjectOrCollectionInitializerOperation? initializer, string name)
        {
            if (initializer is null)
            {
                return null;
            }

            foreach (IOperation member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation assignment
                    && assignment.Target is IPropertyReferenceOperation property
                    && property.Property.Name == name)
                {
                    return assignment;
                }
            }

            return null;
        }

        /// <summary>The value assigned to <paramref name="name"/> (conversions removed), or null.</summary>
        public static IOperation? Value(IObjectOrCollectionInitializerOperation? initializer, string name)
        {
            ISimpleAssignmentOperation? assignment = Find(initializer, name);
            return assignment is null ? null : OperationValues.Unwrap(assignment.Value);
        }
    }
}
