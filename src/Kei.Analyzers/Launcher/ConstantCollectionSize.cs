using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The element count of a constant-size collection: an array with an initializer, a collection initializer of plain
    /// elements, or a collection expression without spreads (read from syntax: Roslyn 4.8 has no operation for it).
    /// </summary>
    internal static class ConstantCollectionSize
    {
        public static bool TryGetCount(IOperation argument, out int count)
        {
            count = 0;
            IOperation value = OperationValues.FollowLocal(argument);
            if (value.Syntax is CollectionExpressionSyntax collection)
            {
                return FromCollectionExpression(collection, out count);
            }

            switch (value)
            {
                case IArrayCreationOperation array when array.Initializer != null:
                    count = array.Initializer.ElementValues.Length;
                    return true;
                case IObjectCreationOperation creation when creation.Initializer != null:
                    return FromCollectionInitializer(creation.Initializer, out count);
                default:
                    return false;
            }
        }

        private static bool FromCollectionExpression(CollectionExpressionSyntax collection, out int count)
        {
            count = 0;
            foreach (CollectionElementSyntax element in collection.Elements)
            {
                if (element is not ExpressionElementSyntax)
                {
                    return false;
                }

                count++;
            }

            return true;
        }

        private static bool FromCollectionInitializer(IObjectOrCollectionInitializerOperation initializer, out int count)
        {
            count = 0;
            foreach (IOperation element in initializer.Initializers)
            {
                // Only one-element Add calls count; AddRange, indexers and member assignments are not plain elements.
                bool plainAdd = element is IInvocationOperation { TargetMethod.Name: "Add" } add && add.Arguments.Length == 1;
                if (!plainAdd)
                {
                    return false;
                }

                count++;
            }

            return count > 0;
        }
    }
}
