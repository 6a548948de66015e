using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// The values an expression can have, read the way the compiler reads them: through conversions, <c>!</c> and
    /// <c>?.</c>; through both arms of <c>?:</c> and <c>??</c> and every arm of a switch expression (a <c>throw</c> arm
    /// is no value); through locals given one value (an initializer, one assignment, a deconstructed tuple literal, a
    /// pattern's <c>{ } v</c>), up to <see cref="MaxLocalHops"/> locals in a chain; and through tuple elements
    /// (<c>t.Item1</c>, <c>t.Gpu</c>). Everything else is a leaf: a constant, a creation, a call, a field, a parameter.
    /// A rule judges each leaf it can read and leaves the others alone.
    /// </summary>
    internal static class PossibleValues
    {
        /// <summary>How many locals in a chain are followed (<c>var a = x; var b = a; var c = b; var d = c;</c>).</summary>
        public const int MaxLocalHops = 4;

        public static List<ValueLeaf> Of(IOperation expression)
        {
            var leaves = new List<ValueLeaf>(2);
            Collect(expression, null, 0, leaves);
            return leaves;
        }

        private static void Collect(IOperation operation, IOperation? site, int hops, List<ValueLeaf> leaves)
        {
            IOperation value = Operand.Unwrap(operation);
            if (value.ConstantValue.HasValue || !Expand(value, site, hops, leaves))
            {
                leaves.Add(new ValueLeaf(value, site ?? value));
            }
        }

        /// <summary>Collects the alternatives <paramref name="value"/> stands for; false when it is a leaf itself.</summary>
        private static bool Expand(IOperation value, IOperation? site, int hops, List<ValueLeaf> leaves)
        {
            switch (value)
            {
                case IConditionalOperation conditional when Operand.IsConditionalExpression(conditional):
                    Collect(conditional.WhenTrue, site, hops, leaves);
                    Collect(conditional.WhenFalse!, site, hops, leaves);
                    return true;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.Value, site, hops, leaves);
                    Collect(coalesce.WhenNull, site, hops, leaves);
                    return true;
                case ISwitchExpressionOperation choice:
                    foreach (ISwitchExpressionArmOperation arm in choice.Arms)
                    {
                        Collect(arm.Value, site, hops, leaves);
                    }

                    return true;
                case IThrowOperation:
                    return true;
                case ILocalReferenceOperation local when hops < MaxLocalHops:
                    return FollowLocal(local, site, hops, leaves);
                case IFieldReferenceOperation { Instance: { } instance } field when hops < MaxLocalHops && TupleElements.IndexOf(field.Field) >= 0:
                    return FollowTupleField(instance, TupleElements.IndexOf(field.Field), site ?? field, hops, leaves);
                default:
                    return false;
            }
        }

        private static bool FollowLocal(ILocalReferenceOperation local, IOperation? site, int hops, List<ValueLeaf> leaves)
        {
            LocalDefinition definition = LocalDefinition.Of(local);
            if (!definition.IsSingle)
            {
                return false;
            }

            Collect(definition.Value!, site ?? local, hops + 1, leaves);
            return true;
        }

        /// <summary><c>t.Item2</c> where <c>t</c> holds a tuple literal: that literal's element (an unknown tuple leaves the read a leaf).</summary>
        private static bool FollowTupleField(IOperation instance, int index, IOperation site, int hops, List<ValueLeaf> leaves)
        {
            var tuples = new List<ValueLeaf>(1);
            Collect(instance, site, hops + 1, tuples);
            if (tuples.Count != 1 || TupleElements.Element(tuples[0].Value, index) is not IOperation element)
            {
                return false;
            }

            Collect(element, site, hops + 1, leaves);
            return true;
        }
    }
}
