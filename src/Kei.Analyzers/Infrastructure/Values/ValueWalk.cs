using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Everything a value is computed from, for rules that ask whether something flows into it at all (not only what
    /// it finally is): its sub-expressions, arguments, initializers, interpolation holes and collection elements; not
    /// lambda or local-function bodies, which run elsewhere and later. Locals are followed by the caller through
    /// <see cref="Contributions"/>, so it can bound the chain and name the local in its message.
    /// </summary>
    internal static class ValueWalk
    {
        /// <summary>The value and its parts, depth first; below an operation <paramref name="isLeaf"/> accepts, nothing more.</summary>
        public static IEnumerable<IOperation> Parts(IOperation root, Func<IOperation, bool> isLeaf)
        {
            var pending = new Stack<IOperation>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                yield return operation;
                if (isLeaf(operation))
                {
                    continue;
                }

                foreach (IOperation child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        /// <summary>What a local's value is made of: the one value it is given and every value <c>+=</c> appends to it.</summary>
        public static IEnumerable<IOperation> Contributions(ILocalReferenceOperation local)
        {
            LocalDefinition definition = LocalDefinition.Of(local);
            if (definition.Value != null)
            {
                yield return definition.Value;
            }

            foreach (IOperation appended in definition.Appends)
            {
                yield return appended;
            }
        }
    }
}
