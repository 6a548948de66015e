using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>One element of a collection written in place: a value, or a spread (<c>.. other</c>) of another collection.</summary>
    internal readonly struct CollectionElement
    {
        public CollectionElement(IOperation? value, bool isSpread)
        {
            Value = value;
            IsSpread = isSpread;
        }

        /// <summary>The element's value (the spread collection for a spread); null when the compiler gave none.</summary>
        public IOperation? Value { get; }

        public bool IsSpread { get; }
    }
}
