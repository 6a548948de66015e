using System;
using System.Linq;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The loop pattern of KEI005/KEI006: inside a loop, an action guarded by <c>step % N</c> being zero, written as
    /// <c>if (step % N == 0)</c>, <c>if (step % N is 0)</c> (also joined by <c>&amp;&amp;</c>), <c>case 0:</c> of
    /// <c>switch (step % N)</c>, or the <c>0 =&gt;</c> arm of <c>(step % N) switch { ... }</c>. Gives N as written; the
    /// rule reads its values (a constant, a local, a <c>?:</c>).
    /// </summary>
    internal static class StepGuardPattern
    {
        /// <summary>N of <c>if (step % N == 0) { ...action... }</c> in a loop; null when the statement is not that pattern.</summary>
        public static IOperation? FindInterval(IConditionalOperation conditional, Func<IInvocationOperation, bool> isGuardedAction)
        {
            IOperation? divisor = FindModuloOfZero(conditional.Condition);
            return divisor != null && IsInLoop(conditional) && Contains(conditional.WhenTrue, isGuardedAction) ? divisor : null;
        }

        /// <summary>N of <c>switch (step % N) { case 0: ...action... }</c> in a loop, or of the same switch expression.</summary>
        public static IOperation? FindInterval(IOperation choice, Func<IInvocationOperation, bool> isGuardedAction)
        {
            IOperation? divisor = choice switch
            {
                ISwitchOperation statement => Divisor(statement.Value),
                ISwitchExpressionOperation expression => Divisor(expression.Value),
                _ => null,
            };
            return divisor != null && IsInLoop(choice) && ZeroBranchActs(choice, isGuardedAction) ? divisor : null;
        }

        private static bool ZeroBranchActs(IOperation choice, Func<IInvocationOperation, bool> isGuardedAction)
        {
            if (choice is ISwitchExpressionOperation expression)
            {
                foreach (ISwitchExpressionArmOperation arm in expression.Arms)
                {
                    if (IsZero(arm.Pattern) && Contains(arm.Value, isGuardedAction))
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (ISwitchCaseOperation @case in ((ISwitchOperation)choice).Cases)
            {
                if (@case.Clauses.Any(IsZeroLabel) && @case.Body.Any(statement => Contains(statement, isGuardedAction)))
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? FindModuloOfZero(IOperation condition)
        {
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both:
                    return FindModuloOfZero(both.LeftOperand) ?? FindModuloOfZero(both.RightOperand);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                    return ModuloOfZero(equals.LeftOperand, equals.RightOperand) ?? ModuloOfZero(equals.RightOperand, equals.LeftOperand);
                case IIsPatternOperation test when IsZero(test.Pattern):
                    return Divisor(test.Value);
                default:
                    return null;
            }
        }

        private static IOperation? ModuloOfZero(IOperation side, IOperation other)
            => Constants.TryGetInt(other, out int zero) && zero == 0 ? Divisor(side) : null;

        /// <summary>N of <c>x % N</c> (conversions removed); null for any other value.</summary>
        private static IOperation? Divisor(IOperation value)
            => Operand.Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } remainder ? Operand.Unwrap(remainder.RightOperand) : null;

        private static bool IsZero(IPatternOperation pattern)
            => pattern is IConstantPatternOperation constant && Constants.TryGetInt(constant.Value, out int value) && value == 0;

        private static bool IsZeroLabel(ICaseClauseOperation clause) => clause switch
        {
            ISingleValueCaseClauseOperation single => Constants.TryGetInt(single.Value, out int value) && value == 0,
            IPatternCaseClauseOperation pattern => pattern.Guard is null && IsZero(pattern.Pattern),
            _ => false,
        };

        /// <summary>True when a loop encloses the operation within the same function (lambdas are functions of their own).</summary>
        private static bool IsInLoop(IOperation operation)
        {
            for (IOperation? parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is ILoopOperation)
                {
                    return true;
                }

                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }

        private static bool Contains(IOperation body, Func<IInvocationOperation, bool> isGuardedAction)
        {
            foreach (IOperation operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation && isGuardedAction(invocation))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
