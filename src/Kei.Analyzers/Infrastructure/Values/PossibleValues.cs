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

        /// <summary>
        /// How deep alternatives are followed, and how many values are collected at most: generated code can nest
        /// thousands of <c>?:</c>, and a rule must never run the compiler out of stack. Past a bound, what is left is a
        /// leaf the rules cannot read.
        /// </summary>
        private const int MaxDepth = 32;
        private const int MaxLeaves = 64;

        public static List<ValueLeaf> Of(IOperation expression)
        {
            var leaves = new List<ValueLeaf>(2);
            Collect(expression, null, new Budget(0, 0), leaves);
            return leaves;
        }

        private static void Collect(IOperation operation, IOperation? site, Budget budget, List<ValueLeaf> leaves)
        {
            IOperation value = Operand.Unwrap(operation);
            bool spent = budget.Depth >= MaxDepth || leaves.Count >= MaxLeaves;
            if (value.ConstantValue.HasValue || spent || !Expand(value, site, budget.Deeper(), leaves))
            {
                leaves.Add(new ValueLeaf(value, site ?? value));
            }
        }

        /// <summary>Collects the alternatives <paramref name="value"/> stands for; false when it is a leaf itself.</summary>
        private static bool Expand(IOperation value, IOperation? site, Budget budget, List<ValueLeaf> leaves)
        {
            switch (value)
            {
                case IConditionalOperation conditional when Operand.IsConditionalExpression(conditional):
                    Collect(conditional.WhenTrue, site, budget, leaves);
                    Collect(conditional.WhenFalse!, site, budget, leaves);
                    return true;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.Value, site, budget, leaves);
                    Collect(coalesce.WhenNull, site, budget, leaves);
                    return true;
                case ISwitchExpressionOperation choice:
                    foreach (ISwitchExpressionArmOperation arm in choice.Arms)
                    {
                        Collect(arm.Value, site, budget, leaves);
                    }

                    return true;
                case IThrowOperation:
                    return true;
                case ILocalReferenceOperation local when budget.Hops < MaxLocalHops:
                    return FollowLocal(local, site, budget, leaves);
                case IFieldReferenceOperation { Instance: { } instance } field when budget.Hops < MaxLocalHops && TupleElements.IndexOf(field.Field) >= 0:
                    return FollowTupleField(instance, TupleElements.IndexOf(field.Field), site ?? field, budget, leaves);
                default:
                    return false;
            }
        }

        private static bool FollowLocal(ILocalReferenceOperation local, IOperation? site, Budget budget, List<ValueLeaf> leaves)
        {
            LocalDefinition definition = LocalDefinition.Of(local);
            if (!definition.IsSingle)
            {
                return false;
            }

            Collect(definition.Value!, site ?? local, budget.ThroughLocal(), leaves);
            return true;
        }

        /// <summary><c>t.Item2</c> where <c>t</c> holds a tuple literal: that literal's element (an unknown tuple leaves the read a leaf).</summary>
        private static bool FollowTupleField(IOperation instance, int index, IOperation site, Budget budget, List<ValueLeaf> leaves)
        {
            var tuples = new List<ValueLeaf>(1);
            Collect(instance, site, budget.ThroughLocal(), tuples);
            if (tuples.Count != 1 || TupleElements.Element(tuples[0].Value, index) is not IOperation element)
            {
                return false;
            }

            Collect(element, site, budget.ThroughLocal(), leaves);
            return true;
        }

        /// <summary>How far the reading has gone: alternatives entered, and locals followed.</summary>
        private readonly struct Budget
        {
            public Budget(int depth, int hops)
            {
                Depth = depth;
                Hops = hops;
            }

            public int Depth { get; }

            public int Hops { get; }

            public Budget Deeper() => new Budget(Depth + 1, Hops);

            public Budget ThroughLocal() => new Budget(Depth + 1, Hops + 1);
        }
    }
}
