using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Recognises text built at run time from pieces, in every way C# builds it: <c>+</c>, interpolation (with format
    /// and alignment), <c>string.Concat</c>, <c>string.Join</c>, <c>string.Format</c>, <c>StringBuilder.ToString()</c>,
    /// and a string local grown by <c>+=</c> from anything but constants. Text the compiler folds into a constant
    /// (constant pieces only) is not built. The value is read through <see cref="PossibleValues"/>: one built arm of a <c>?:</c>
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
                    return GrownByAppends(LocalDefinition.Of(local));
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

        /// <summary>A local given a value and grown by <c>+=</c> is a concatenation unless all its pieces are constants.</summary>
        private static string? GrownByAppends(LocalDefinition definition)
        {
            if (definition.Appends.IsEmpty || definition.Value is null)
            {
                return null;
            }

            foreach (IOperation piece in definition.Appends.Add(definition.Value))
            {
                if (DescribeAppend(piece) != null)
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
                // params pieces arrive gathered: an array (params T[]) or, from C# 13 on, a collection (params ReadOnlySpan<T>).
                bool gathered = argument.ArgumentKind is not (ArgumentKind.Explicit or ArgumentKind.DefaultValue);
                foreach (IOperation piece in gathered ? GatheredPieces(Operand.Unwrap(argument.Value)) : new[] { argument.Value })
                {
                    if (!Constants.IsKnown(piece))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<IOperation> GatheredPieces(IOperation gathered)
            => gathered is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : gathered.ChildOperations;
    }
}
