using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Evaluates <c>TimeSpan.FromHours(3)</c>, <c>FromMinutes</c>, <c>FromSeconds</c>, <c>FromDays</c> and <c>new TimeSpan(h, m, s)</c> with constants.</summary>
    internal static class ConstantTimeSpan
    {
        public static bool TryGetHours(IOperation value, out double hours)
        {
            hours = 0;
            switch (OperationValues.Unwrap(value))
            {
                case IInvocationOperation call when IsTimeSpan(call.TargetMethod.ContainingType) && call.Arguments.Length == 1:
                    return OperationValues.TryGetDouble(call.Arguments[0].Value, out double amount) && FromFactory(call.TargetMethod.Name, amount, out hours);
                case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                    return FromConstructor(creation, out hours);
                default:
                    return false;
            }
        }

        private static bool FromFactory(string name, double amount, out double hours)
        {
            switch (name)
            {
                case "FromDays": hours = amount * 24; return true;
                case "FromHours": hours = amount; return true;
                case "FromMinutes": hours = amount / 60; return true;
                case "FromSeconds": hours = amount / 3600; return true;
                default: hours = 0; return false;
            }
        }

        /// <summary>new TimeSpan(ticks), (h, m, s), (d, h, m, s) or (d, h, m, s, ms) with constant parts.</summary>
        private static bool FromConstructor(IObjectCreationOperation creation, out double hours)
        {
            hours = 0;
            var parts = new double[creation.Arguments.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                if (!OperationValues.TryGetDouble(creation.Arguments[i].Value, out parts[i]))
                {
                    return false;
                }
            }

            switch (parts.Length)
            {
                case 1: hours = parts[0] / 36_000_000_000d; return true;
                case 3: hours = parts[0] + (parts[1] / 60) + (parts[2] / 3600); return true;
                case 4: hours = (parts[0] * 24) + parts[1] + (parts[2] / 60) + (parts[3] / 3600); return true;
                case 5: hours = (parts[0] * 24) + parts[1] + (parts[2] / 60) + (parts[3] / 3600) + (parts[4] / 3_600_000); return true;
                default: return false;
            }
        }

        private static bool IsTimeSpan(ITypeSymbol? type) => type?.SpecialType == SpecialType.None && type.Name == "TimeSpan"
            && type.ContainingNamespace?.Name == "System" && type.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true;
    }
}
