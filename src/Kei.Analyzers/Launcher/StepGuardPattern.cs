using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The loop pattern of KEI005/KEI006: <c>if (step % N == 0) { ...save or report... }</c> inside a loop, with a
    /// constant N. Conditions joined by <c>&amp;&amp;</c> are searched too (<c>step &gt; 0 &amp;&amp; step % N == 0</c>).
    /// </summary>
    internal static class StepGuardPattern
    {
        /// <summary>The constant N of a guarded action in a loop, with its operation (where the diagnostic goes).</summary>
        public static IOperation? FindInterval(IConditionalOperation conditional, Func<IInvocationOperation, bool> isGuardedAction)
        {
            IOperation? interval = FindModuloConstant(conditional.Condition);
            if (interval is null || !IsInLoop(conditional) || !Contains(conditional.WhenTrue, isGuardedAction))
            {
                return null;
            }

            return interval;
        }

        private static IOperation? FindModuloConstant(IOperation condition)
        {
            if (condition is not IBinaryOperation binary)
            {
                return null;
            }

            if (binary.OperatorKind == BinaryOperatorKind.ConditionalAnd)
            {
                return FindModuloConstant(binary.LeftOperand) ?? FindModuloConstant(binary.RightOperand);
            }

            if (binary.OperatorKind != BinaryOperatorKind.Equals)
            {
                return null;
            }

            return ModuloOfZeroComparison(binary.LeftOperand, binary.RightOperand) ?? ModuloOfZeroComparison(binary.RightOperand, binary.LeftOperand);
        }

        private static IOperation? ModuloOfZeroComparison(IOperation side, IOperation other)
        {
            bool otherIsZero = OperationValues.TryGetInt(other, out int zero) && zero == 0;
            if (!otherIsZero || OperationValues.Unwrap(side) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } remainder)
            {
                return null;
            }

            IOperation divisor = OperationValues.Unwrap(remainder.RightOperand);
            return OperationValues.TryGetInt(divisor, out _) ? divisor : null;
        }

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
