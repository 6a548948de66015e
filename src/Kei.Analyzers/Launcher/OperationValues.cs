using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Small, allocation-light readers of operation trees shared by the launcher and adapter rules.</summary>
    internal static class OperationValues
    {
        /// <summary>The value under any conversions (implicit <c>"H100:8"</c> → GpuRequest, int → long, ...).</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>
        /// The value a local stands for when it is assigned exactly once, at its declaration, in the same body;
        /// otherwise the operation itself (unwrapped). Anything cleverer would be guessing at run-time values.
        /// </summary>
        public static IOperation FollowLocal(IOperation value)
        {
            IOperation unwrapped = Unwrap(value);
            if (unwrapped is not ILocalReferenceOperation reference)
            {
                return unwrapped;
            }

            IOperation? initializer = SingleAssignmentScan.FindSingleInitializer(Root(reference), reference.Local);
            return initializer is null ? unwrapped : Unwrap(initializer);
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

        public static bool TryGetInt(IOperation operation, out int value)
        {
            value = 0;
            Optional<object?> constant = operation.ConstantValue;
            if (!constant.HasValue || constant.Value is null || constant.Value is string || constant.Value is bool)
            {
                return false;
            }

            try
            {
                double number = System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (number != System.Math.Floor(number) || number > int.MaxValue || number < int.MinValue)
                {
                    return false;
                }

                value = (int)number;
                return true;
            }
            catch (System.InvalidCastException)
            {
                return false;
            }
        }

        public static bool TryGetDouble(IOperation operation, out double value)
        {
            value = 0;
            Optional<object?> constant = operation.ConstantValue;
            if (!constant.HasValue || constant.Value is null || constant.Value is string || constant.Value is bool || constant.Value is char)
            {
                return false;
            }

            value = System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        public static bool TryGetString(IOperation operation, out string value)
        {
            Optional<object?> constant = Unwrap(operation).ConstantValue;
            value = constant.HasValue && constant.Value is string text ? text : string.Empty;
            return constant.HasValue && constant.Value is string;
        }

        /// <summary>True for a constant <c>null</c> (possibly converted) or <c>default</c>.</summary>
        public static bool IsNullOrDefault(IOperation operation)
        {
            IOperation unwrapped = Unwrap(operation);
            if (unwrapped is IDefaultValueOperation)
            {
                return true;
            }

            return unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value is null;
        }

        /// <summary>The argument bound to the parameter called <paramref name="name"/>, or null.</summary>
        public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
            => FindArgument(invocation.Arguments, name);

        public static IArgumentOperation? FindArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter != null && string.Equals(argument.Parameter.Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
