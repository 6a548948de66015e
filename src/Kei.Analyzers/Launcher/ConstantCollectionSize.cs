using System;
using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The element count of a constant-size collection (<see cref="CollectionElements"/>): an array or collection
    /// initializer, or a collection expression whose spreads are themselves constant-size collections
    /// (<c>[.. firstBatch, extra]</c>). Read through <see cref="PossibleValues"/>; the largest count wins.
    /// </summary>
    internal static class ConstantCollectionSize
    {
        private const int MaxNestedSpreads = 4;

        public static bool TryGetCount(IOperation value, out int count) => TryGetCount(value, 0, out count);

        private static bool TryGetCount(IOperation value, int depth, out int count)
        {
            bool found = false;
            count = 0;
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                List<CollectionElement>? elements = CollectionElements.Of(leaf.Value);
                if (elements != null && TryCount(elements, depth, out int size))
                {
                    count = found ? Math.Max(count, size) : size;
                    found = true;
                }
            }

            return found;
        }

        private static bool TryCount(List<CollectionElement> elements, int depth, out int count)
        {
            count = 0;
            foreach (CollectionElement element in elements)
            {
                if (!element.IsSpread)
                {
                    count++;
                    continue;
                }

                if (element.Value is null || depth >= MaxNestedSpreads || !TryGetCount(element.Value, depth + 1, out int spread))
                {
                    return false;
                }

                count += spread;
            }

            return true;
        }
    }
}
