using System;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Evaluates a TimeSpan built from constants: <c>TimeSpan.FromDays/FromHours/FromMinutes/FromSeconds/
    /// FromMilliseconds/FromMicroseconds/FromTicks</c> (every overload, the multi-part ones of .NET 9 included),
    /// <c>new TimeSpan(...)</c> and <c>TimeSpan.Zero</c>. Each argument counts by the parameter it binds to
    /// (<c>new TimeSpan(seconds: 0, minutes: 0, hours: 6)</c> is six hours), defaults included.
    /// </summary>
    internal static class ConstantTimeSpan
    {
        /// <summary>The largest value, in hours, among the constant values <paramref name="value"/> can have; false when none is constant.</summary>
        public static bool TryGetHours(IOperation value, out double hours)
        {
            bool found = false;
            hours = 0;
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                if (TryEvaluate(leaf.Value, out double leafHours))
                {
                    hours = found ? Math.Max(hours, leafHours) : leafHours;
                    found = true;
                }
            }

            return found;
        }

        /// <summary>The hours of one value (a leaf: conversions removed); false when it is not a TimeSpan of constants.</summary>
        public static bool TryEvaluate(IOperation leaf, out double hours)
        {
            hours = 0;
            switch (leaf)
            {
                case IInvocationOperation call when IsTimeSpan(call.TargetMethod.ContainingType) && call.TargetMethod.IsStatic:
                    double? unit = UnitInHours(call.TargetMethod.Name.StartsWith("From", StringComparison.Ordinal) ? call.TargetMethod.Name.Substring(4) : string.Empty);
                    return unit != null && TrySum(call.Arguments, unit, out hours);
                case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                    return TrySum(creation.Arguments, null, out hours);
                case IFieldReferenceOperation { Field.Name: "Zero" } zero when IsTimeSpan(zero.Field.ContainingType):
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The sum of the parts; a part named <c>value</c> (<c>FromHours(double value)</c>) takes the method's unit.</summary>
        private static bool TrySum(ImmutableArray<IArgumentOperation> arguments, double? methodUnit, out double hours)
        {
            hours = 0;
            foreach (IArgumentOperation argument in arguments)
            {
                string name = argument.Parameter?.Name ?? string.Empty;
                double? unit = name == "value" ? methodUnit : UnitInHours(name);
                if (unit is null || !TryGetLargest(argument.Value, out double amount))
                {
                    return false;
                }

                hours += amount * unit.Value;
            }

            return true;
        }

        private static bool TryGetLargest(IOperation value, out double amount)
        {
            bool found = false;
            amount = 0;
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                if (Constants.TryGetDouble(leaf.Value, out double number))
                {
                    amount = found ? Math.Max(amount, number) : number;
                    found = true;
                }
            }

            return found;
        }

        /// <summary>Hours per unit, by the unit's name as parameters and factories spell it (<c>minutes</c>, <c>Minutes</c>).</summary>
        private static double? UnitInHours(string unit)
        {
            switch (unit.ToLowerInvariant())
            {
                case "days": return 24;
                case "hours": return 1;
                case "minutes": return 1.0 / 60;
                case "seconds": return 1.0 / 3600;
                case "milliseconds": return 1.0 / 3_600_000;
                case "microseconds": return 1.0 / 3_600_000_000;
                case "ticks": return 1.0 / 36_000_000_000;
                default: return null;
            }
        }

        private static bool IsTimeSpan(ITypeSymbol? type) => type is INamedTypeSymbol named && SymbolNames.IsType(named, "System", "TimeSpan");
    }
}
