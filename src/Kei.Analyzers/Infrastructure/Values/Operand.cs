using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// The operation a value really is, with what the compiler wraps around it taken off: conversions (implicit
    /// <c>"H100:8"</c> to GpuRequest, int to long, a cast), and the receiver a <c>?.</c> stands for. The
    /// null-forgiving <c>!</c> and parentheses have no operation of their own, so they are already gone.
    /// </summary>
    internal static class Operand
    {
        public static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IConditionalAccessInstanceOperation instance when ConditionalReceiver(instance) is IOperation receiver:
                        operation = receiver;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>The outermost operation of the body (method body, field initializer, ...).</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>True for an expression that chooses between values (<c>?:</c>), not an <c>if</c> statement.</summary>
        public static bool IsConditionalExpression(IConditionalOperation conditional)
            => conditional.WhenFalse != null && conditional.Type != null;

        /// <summary>The receiver of <c>x?.M()</c> that the implicit instance inside <c>.M()</c> stands for.</summary>
        private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
        {
            for (IOperation? parent = instance.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull.Syntax.Span.Contains(instance.Syntax.Span))
                {
                    return access.Operation;
                }
            }

            return null;
        }
    }
}
