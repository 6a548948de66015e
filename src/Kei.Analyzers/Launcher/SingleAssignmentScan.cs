using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Finds the initializer of a local that is never assigned again in its body (the one value it can hold).</summary>
    internal static class SingleAssignmentScan
    {
        public static IOperation? FindSingleInitializer(IOperation root, ILocalSymbol local)
        {
            IOperation? initializer = null;
            foreach (IOperation operation in root.Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    initializer = declarator.Initializer?.Value;
                }
                else if (operation is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsWrittenTo(reference))
                {
                    return null;
                }
            }

            return initializer;
        }

        /// <summary>True when the reference is the target of an assignment, an increment, or a ref/out argument.</summary>
        private static bool IsWrittenTo(ILocalReferenceOperation reference)
        {
            IOperation? parent = reference.Parent;
            switch (parent)
            {
                case IAssignmentOperation assignment:
                    return assignment.Target == reference;
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter != null && argument.Parameter.RefKind != RefKind.None && argument.Parameter.RefKind != RefKind.In;
                case ITupleOperation:
                    return parent.Parent is IDeconstructionAssignmentOperation;
                default:
                    return reference.IsDeclaration && parent is not IVariableDeclaratorOperation;
            }
        }
    }
}
