using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Recognises text built at run time from pieces, in every way C# builds it: <c>+</c>, interpolation (with format
    /// and alignment), <c>string.Concat</c>, <c>string.Join</c>, <c>string.Format</c>, <c>StringBuilder.ToString()</c>,
    /// and a string local that <c>+=</c> appends run-time pieces to. Text the compiler folds into a constant (constant
    /// pieces only) is not built. The value is read through <see cref="PossibleValues"/>: one built arm of a <c>?:</c>
    /// or <c>??</c> is enough.
    /// </summary>
    internal static class TextBuilding
    {
        public const string Interpolation = "string interpolation";
        public const string Concatenation = "string concatenation";

        /// <summary>The first built text among the values of <paramref name="value"/>; null when none is built.</summary>
        public static BuiltText? Find(IOperation value)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                string? how = Describe(leaf.Value);
                if (how != null)
                {
                    return new BuiltText(how, leaf.Site);
                }
            }

            return null;
        }

        /// <summary>What <c>text += appended</c> builds: a concatenation unless every value appended is a constant.</summary>
        public static string? DescribeAppend(IOperation appended)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(appended))
            {
                if (!Constants.IsKnown(leaf.Value))
                {
                    return Concatenation;
                }
            }

            return null;
        }

        private static string? Describe(IOperation value)
        {
            if (value.ConstantValue.HasValue)
            {
                return null;
            }

            switch (value)
            {
                case IInterpolatedStringOperation:
                    return Interpolation;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                    return Concatenation;
                case IInvocationOperation call:
                    return DescribeCall(call);
                case ILocalReferenceOperation local:
                    return AppendedTo(LocalDefinition.Of(local).Appends);
                default:
                    return null;
            }
        }

        /// <summary><c>string.Concat/Join/Format</c> of at least one run-time piece, or any <c>StringBuilder.ToString()</c>.</summary>
        private static string? DescribeCall(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            if (method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic)
            {
                bool joins = method.Name is "Concat" or "Join" or "Format";
                return joins && HasRunTimePiece(call.Arguments) ? "'string." + method.Name + "'" : null;
            }

            bool builder = method.Name == "ToString" && SymbolNames.IsType(method.ContainingType, "System.Text", "StringBuilder");
            return builder ? "a StringBuilder" : null;
        }

        private static string? AppendedTo(ImmutableArray<IOperation> appends)
        {
            foreach (IOperation appended in appends)
            {
                if (DescribeAppend(appended) != null)
                {
                    return Concatenation;
                }
            }

            return null;
        }

        private static bool HasRunTimePiece(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                IOperation value = Operand.Unwrap(argument.Value);
                bool gathered = argument.ArgumentKind == ArgumentKind.ParamArray && value is IArrayCreationOperation { Initializer: not null };
                if (gathered ? HasRunTimeElement((IArrayCreationOperation)value) : !Constants.IsKnown(value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasRunTimeElement(IArrayCreationOperation array)
        {
            foreach (IOperation element in array.Initializer!.ElementValues)
            {
                if (!Constants.IsKnown(element))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
