using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>Recognises text built at run time from pieces: a non-constant interpolation or string concatenation.</summary>
    internal static class StringBuilding
    {
        public const string Interpolation = "string interpolation";
        public const string Concatenation = "string concatenation";

        /// <summary>How the value was built (directly, or by the one assignment of a local), or null for anything else.</summary>
        public static string? Describe(IOperation value)
        {
            IOperation built = OperationValues.FollowLocal(value);
            if (built.ConstantValue.HasValue)
            {
                return null;
            }

            switch (built)
            {
                case IInterpolatedStringOperation:
                    return Interpolation;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                    return Concatenation;
                default:
                    return null;
            }
        }
    }
}
