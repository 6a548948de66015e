using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>What one object an expression can stand for holds in a member (see <see cref="MemberValues.Collect"/>).</summary>
    internal readonly struct MemberValue
    {
        private MemberValue(bool isKnown, IOperation? assigned)
        {
            IsKnown = isKnown;
            Assigned = assigned;
        }

        /// <summary>False when the object comes from something unreadable (a parameter, a call, a field).</summary>
        public bool IsKnown { get; }

        /// <summary>The expression assigned to the member; null when the object leaves it at its default.</summary>
        public IOperation? Assigned { get; }

        public static MemberValue Unknown => default;

        public static MemberValue Default => new MemberValue(true, null);

        public static MemberValue Set(IOperation assigned) => new MemberValue(true, assigned);
    }
}
