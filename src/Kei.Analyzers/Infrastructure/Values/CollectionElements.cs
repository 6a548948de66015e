using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// The elements of a collection written in place: an array initializer (<c>new[] { a, b }</c>), a collection
    /// expression (<c>[a, .. rest]</c>), or a collection initializer of one-argument <c>Add</c> calls
    /// (<c>new List&lt;T&gt; { a, b }</c>). Collection expressions are read from their syntax, element by element, with
    /// each element's operation when the compiler provides one: Microsoft.CodeAnalysis 4.8, which this package builds
    /// on, has no operation interface for them, while newer compilers do.
    /// </summary>
    internal static class CollectionElements
    {
        /// <summary>The elements, or null when <paramref name="collection"/> (a leaf, conversions removed) is no such collection.</summary>
        public static List<CollectionElement>? Of(IOperation collection)
        {
            if (collection.Syntax is CollectionExpressionSyntax expression)
            {
                return FromExpression(expression, collection);
            }

            switch (collection)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    return Plain(initializer.ElementValues);
                case IObjectCreationOperation { Initializer: { } initializer }:
                    return FromAddCalls(initializer);
                default:
                    return null;
            }
        }

        private static List<CollectionElement> FromExpression(CollectionExpressionSyntax expression, IOperation collection)
        {
            var elements = new List<CollectionElement>(expression.Elements.Count);
            foreach (CollectionElementSyntax element in expression.Elements)
            {
                bool spread = element is SpreadElementSyntax;
                SyntaxNode? valueSyntax = element switch
                {
                    ExpressionElementSyntax plain => plain.Expression,
                    SpreadElementSyntax rest => rest.Expression,
                    _ => null,
                };
                elements.Add(new CollectionElement(valueSyntax is null ? null : Find(collection, valueSyntax), spread));
            }

            return elements;
        }

        /// <summary>The operation of the collection's children written as <paramref name="syntax"/>, conversions removed.</summary>
        private static IOperation? Find(IOperation collection, SyntaxNode syntax)
        {
            foreach (IOperation child in collection.ChildOperations)
            {
                foreach (IOperation candidate in child.DescendantsAndSelf())
                {
                    if (candidate.Syntax == syntax)
                    {
                        return Operand.Unwrap(candidate);
                    }
                }
            }

            return null;
        }

        private static List<CollectionElement> Plain(IEnumerable<IOperation> values)
        {
            var elements = new List<CollectionElement>();
            foreach (IOperation value in values)
            {
                elements.Add(new CollectionElement(value, isSpread: false));
            }

            return elements;
        }

        /// <summary>Only one-argument <c>Add</c> calls are plain elements; <c>AddRange</c>, indexers and member assignments are not.</summary>
        private static List<CollectionElement>? FromAddCalls(IObjectOrCollectionInitializerOperation initializer)
        {
            var elements = new List<CollectionElement>();
            foreach (IOperation element in initializer.Initializers)
            {
                if (element is not IInvocationOperation { TargetMethod.Name: "Add" } add || add.Arguments.Length != 1)
                {
                    return null;
                }

                elements.Add(new CollectionElement(add.Arguments[0].Value, isSpread: false));
            }

            return elements.Count > 0 ? elements : null;
        }
    }
}
