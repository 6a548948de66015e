using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>One value an expression can have (see <see cref="PossibleValues"/>), and where it enters that expression.</summary>
    internal readonly struct ValueLeaf
    {
        public ValueLeaf(IOperation value, IOperation site)
        {
            Value = value;
            Site = site;
        }

        /// <summary>The value itself, conversions removed: a constant, a creation, a call, a parameter, ...</summary>
        public IOperation Value { get; }

        /// <summary>
        /// Where the value enters the expression that was read: the value itself when it is written there (perhaps as
        /// one arm of a <c>?:</c>), or the local it came through. Diagnostics go here, in the code being judged.
        /// </summary>
        public IOperation Site { get; }

        /// <summary>True when the value is the whole of <paramref name="expression"/>, not one of its alternatives.</summary>
        public bool IsWhole(IOperation expression) => Site == Operand.Unwrap(expression);
    }
}
