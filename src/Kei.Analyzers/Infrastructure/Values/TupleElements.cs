using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>Elements of tuple literals: what <c>var (a, b) = (x, y)</c> gives <c>a</c>, and what <c>t.Item1</c> or <c>t.Gpu</c> reads.</summary>
    internal static class TupleElements
    {
        /// <summary>
        /// True when <paramref name="reference"/> is a target of a deconstruction; <paramref name="element"/> is then the
        /// matching element of the tuple literal on the right, or null when the right side is not a literal (a call, a
        /// tuple-typed variable, a type with <c>Deconstruct</c>).
        /// </summary>
        public static bool TryGetDeconstructedValue(ILocalReferenceOperation reference, out IOperation? element)
        {
            element = null;
            var path = new List<int>();
            IDeconstructionAssignmentOperation? deconstruction = Deconstruction(reference, path);
            if (deconstruction is null)
            {
                return false;
            }

            IOperation? value = deconstruction.Value;
            for (int level = path.Count - 1; level >= 0 && value != null; level--)
            {
                value = Element(value, path[level]);
            }

            element = value;
            return true;
        }

        /// <summary>The deconstruction whose target holds the reference, with the reference's element index at each level (innermost first).</summary>
        private static IDeconstructionAssignmentOperation? Deconstruction(ILocalReferenceOperation reference, List<int> path)
        {
            IOperation child = reference;
            IOperation? parent = reference.Parent;
            while (parent is ITupleOperation or IDeclarationExpressionOperation)
            {
                if (parent is ITupleOperation tuple)
                {
                    path.Add(tuple.Elements.IndexOf(child));
                }

                child = parent;
                parent = parent.Parent;
            }

            return parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == child && path.Count > 0 ? deconstruction : null;
        }

        /// <summary>The element at <paramref name="index"/> of a tuple literal (conversions removed); null for anything else.</summary>
        public static IOperation? Element(IOperation tuple, int index)
            => Operand.Unwrap(tuple) is ITupleOperation literal && index >= 0 && index < literal.Elements.Length ? literal.Elements[index] : null;

        /// <summary>
        /// The position of a tuple field (<c>Item2</c>, or a named element) in its tuple; -1 for other fields. Read from the
        /// name of the underlying <c>ItemN</c> field: the same element of two differently annotated tuple types (nullable
        /// context) is two field symbols.
        /// </summary>
        public static int IndexOf(IFieldSymbol field)
        {
            if (field.ContainingType is not { IsTupleType: true })
            {
                return -1;
            }

            string item = (field.CorrespondingTupleField ?? field).Name;
            int position = 0;
            bool numbered = item.StartsWith("Item", System.StringComparison.Ordinal)
                && int.TryParse(item.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out position);
            return numbered && position >= 1 && position <= 7 ? position - 1 : -1;
        }
    }
}
