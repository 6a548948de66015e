using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>
    /// Compile-time values as the compiler computed them (<see cref="IOperation.ConstantValue"/>): literals, <c>const</c>
    /// locals and members of any type or file, constant interpolated strings, folded arithmetic and concatenation.
    /// </summary>
    internal static class Constants
    {
        public static bool TryGetInt(IOperation operation, out int value)
        {
            value = 0;
            if (!TryGetDouble(operation, out double number) || number != Math.Floor(number) || number > int.MaxValue || number < int.MinValue)
            {
                return false;
            }

            value = (int)number;
            return true;
        }

        public static bool TryGetDouble(IOperation operation, out double value)
        {
            value = 0;
            Optional<object?> constant = Operand.Unwrap(operation).ConstantValue;
            if (!constant.HasValue || constant.Value is null || constant.Value is string || constant.Value is bool || constant.Value is char)
            {
                return false;
            }

            try
            {
                value = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
                return true;
            }
            catch (InvalidCastException)
            {
                return false;
            }
        }

        public static bool TryGetString(IOperation operation, out string value)
        {
            Optional<object?> constant = Operand.Unwrap(operation).ConstantValue;
            value = constant.HasValue && constant.Value is string text ? text : string.Empty;
            return constant.HasValue && constant.Value is string;
        }

        public static bool TryGetBool(IOperation operation, out bool value)
        {
            Optional<object?> constant = Operand.Unwrap(operation).ConstantValue;
            value = constant.HasValue && constant.Value is true;
            return constant.HasValue && constant.Value is bool;
        }

        /// <summary>True for a constant <c>null</c> (possibly converted) or <c>default</c>.</summary>
        public static bool IsNullOrDefault(IOperation operation)
        {
            IOperation unwrapped = Operand.Unwrap(operation);
            return unwrapped is IDefaultValueOperation || (unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value is null);
        }

        /// <summary>True when the compiler knows the value (a constant, <c>null</c> or <c>default</c>).</summary>
        public static bool IsKnown(IOperation operation)
            => Operand.Unwrap(operation).ConstantValue.HasValue || Operand.Unwrap(operation) is IDefaultValueOperation;
    }
}
