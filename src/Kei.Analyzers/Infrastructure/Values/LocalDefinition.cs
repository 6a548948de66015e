using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// What a local holds, read from every place in its body that writes it: the one value it is given (its
    /// initializer, its only assignment, its element of a deconstructed tuple literal, or the value a pattern tested
    /// when it declared the local) and the values <c>+=</c> appends to it. Any other write (a second assignment, an
    /// increment, <c>ref</c>/<c>out</c>, <c>??=</c>, a loop variable) makes the value unknown: guessing which of two
    /// assignments reaches a use would be guessing at run time.
    /// </summary>
    internal sealed class LocalDefinition
    {
        public static readonly LocalDefinition Unknown = new LocalDefinition(null, ImmutableArray<IOperation>.Empty);

        /// <summary>
        /// Definitions already read, per body: reading one walks the whole body, and several rules (and several calls
        /// of one rule) ask about the same local of the same body. The driver keeps one operation tree per body, so the
        /// body's root stands for it; the table lets go of a body when the tree is collected.
        /// </summary>
        private static readonly ConditionalWeakTable<IOperation, ConcurrentDictionary<ILocalSymbol, LocalDefinition>> Read = new();

        private LocalDefinition(IOperation? value, ImmutableArray<IOperation> appends)
        {
            Value = value;
            Appends = appends;
        }

        /// <summary>The one value the local is given; null when there is none or it cannot be told.</summary>
        public IOperation? Value { get; }

        /// <summary>The values appended to it with <c>+=</c>, in source order.</summary>
        public ImmutableArray<IOperation> Appends { get; }

        /// <summary>True when the local holds exactly <see cref="Value"/>: given once, never appended to.</summary>
        public bool IsSingle => Value != null && Appends.IsEmpty;

        public static LocalDefinition Of(ILocalReferenceOperation reference) => Of(reference.Local, Operand.Root(reference));

        /// <summary>The definition of <paramref name="local"/> read from the body <paramref name="root"/> (the original tree of a graph).</summary>
        public static LocalDefinition Of(ILocalSymbol local, IOperation root)
        {
            if (local.IsRef || local.IsConst)
            {
                return Unknown;
            }

            ConcurrentDictionary<ILocalSymbol, LocalDefinition> ofBody = Read.GetValue(root, _ => new(SymbolEqualityComparer.Default));
            return ofBody.TryGetValue(local, out LocalDefinition? known) ? known : ReadInto(ofBody, local, root);
        }

        /// <summary>Apart from <see cref="Of(ILocalSymbol, IOperation)"/> so that only a first reading allocates the closure.</summary>
        private static LocalDefinition ReadInto(ConcurrentDictionary<ILocalSymbol, LocalDefinition> ofBody, ILocalSymbol local, IOperation root)
            => ofBody.GetOrAdd(local, l => ReadFrom(l, root));

        private static LocalDefinition ReadFrom(ILocalSymbol local, IOperation root)
        {
            IOperation? value = null;
            int definitions = 0;
            ImmutableArray<IOperation>.Builder appends = ImmutableArray.CreateBuilder<IOperation>();
            foreach (IOperation operation in root.Descendants())
            {
                LocalWrite write = LocalWrite.Classify(operation, local);
                if (write.Kind == LocalWriteKind.Opaque)
                {
                    return Unknown;
                }

                definitions += write.Kind == LocalWriteKind.Defines ? 1 : 0;
                value = write.Kind == LocalWriteKind.Defines ? write.Value : value;
                if (write.Kind == LocalWriteKind.Appends)
                {
                    appends.Add(write.Value!);
                }
            }

            return definitions == 1 && value != null ? new LocalDefinition(value, appends.ToImmutable()) : Unknown;
        }
    }
}
