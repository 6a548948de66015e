using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Which object an expression reaches, as the chain of symbols it is reached through: <c>this.volume</c> (or plain
    /// <c>volume</c>) is [volume], <c>other.volume</c> is [other, volume], <c>ctx.Store.Volume</c> is [ctx, Store, Volume].
    /// Two expressions are the same object when their chains are equal, so another instance's member is not this one's.
    /// A local given one value that is itself such a chain is an alias of it (<c>var v = this.volume;</c>, <c>volume is
    /// { } v</c>). Anything else (a call, an element, a <c>?:</c> choosing between two) has no path.
    /// </summary>
    internal sealed class ReceiverPath : IEquatable<ReceiverPath>
    {
        private readonly ImmutableArray<ISymbol> symbols;

        private ReceiverPath(ImmutableArray<ISymbol> symbols) => this.symbols = symbols;

        /// <summary>The chain as written, without <c>this</c>: <c>volume</c>, <c>other.volume</c>.</summary>
        public string Display => string.Join(".", symbols.Where(s => s is not ITypeSymbol).Select(s => s.Name));

        /// <summary>The symbol the chain starts from (a local, a parameter, <c>this</c>'s type, a static member).</summary>
        public ISymbol Root => symbols[0];

        /// <summary>The path of <paramref name="receiver"/>, an operation of the body's own operation tree.</summary>
        public static ReceiverPath? Of(IOperation receiver) => Of(receiver, Operand.Root(receiver), null);

        /// <summary>
        /// The path of <paramref name="receiver"/>, an operation of a control-flow graph: <paramref name="body"/> is the
        /// graph's original operation (where locals are defined) and <paramref name="resolveCapture"/> maps a
        /// <see cref="IFlowCaptureReferenceOperation"/> back to the captured value (null when it cannot).
        /// </summary>
        public static ReceiverPath? Of(IOperation receiver, IOperation body, Func<IOperation, IOperation?>? resolveCapture)
        {
            ImmutableArray<ISymbol>.Builder chain = ImmutableArray.CreateBuilder<ISymbol>();
            return new ReceiverChain(body, resolveCapture).TryBuild(receiver, chain) ? new ReceiverPath(chain.ToImmutable()) : null;
        }

        public bool Equals(ReceiverPath? other)
        {
            if (other is null || other.symbols.Length != symbols.Length)
            {
                return false;
            }

            for (int i = 0; i < symbols.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(symbols[i], other.symbols[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ReceiverPath);

        public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(symbols[symbols.Length - 1]);
    }
}
