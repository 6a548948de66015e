using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>The compile-time constant GPU type, count and timeout of a <c>new GpuFunction { ... }</c> initializer.</summary>
    internal static class GpuFunctionConstants
    {
        /// <summary>The runtime's default attempt timeout (GpuFunction.Timeout = 5 minutes).</summary>
        public const double DefaultTimeoutHours = 5.0 / 60.0;

        /// <summary>
        /// The GpuFunction creation an argument stands for: a creation in place, or a local assigned once from one in the
        /// same body. Fields, parameters and factory calls are run-time values and give null.
        /// </summary>
        public static IObjectCreationOperation? FindCreation(IOperation argument, INamedTypeSymbol gpuFunction)
        {
            IOperation value = OperationValues.FollowLocal(argument);
            return value is IObjectCreationOperation creation && RuntimeTypes.Is(creation.Type, gpuFunction) ? creation : null;
        }

        /// <summary>GPU type and count from <c>Gpu = "H100:8"</c>, <c>GpuRequest.Parse("H100:8")</c> or <c>new GpuRequest("H100", 8)</c>.</summary>
        public static bool TryGetGpu(IObjectCreationOperation creation, out string type, out int count)
        {
            type = string.Empty;
            count = 0;
            IOperation? value = InitializerAssignments.Value(creation.Initializer, "Gpu");
            switch (value)
            {
                case null:
                    return false;
                case IInvocationOperation { TargetMethod.Name: "Parse" } parse when parse.Arguments.Length == 1:
                    return OperationValues.TryGetString(parse.Arguments[0].Value, out string parsed) && TryParse(parsed, out type, out count);
                case IObjectCreationOperation request when request.Arguments.Length == 2:
                    return OperationValues.TryGetString(request.Arguments[0].Value, out type)
                        && OperationValues.TryGetInt(request.Arguments[1].Value, out count) && count > 0 && type.Length > 0;
                default:
                    return OperationValues.TryGetString(value, out string text) && TryParse(text, out type, out count);
            }
        }

        /// <summary>The constant <c>Timeout</c> in hours (the runtime's default when unset); false when not constant.</summary>
        public static bool TryGetTimeoutHours(IObjectCreationOperation creation, out double hours)
        {
            IOperation? value = InitializerAssignments.Value(creation.Initializer, "Timeout");
            if (value is null)
            {
                hours = DefaultTimeoutHours;
                return true;
            }

            return ConstantTimeSpan.TryGetHours(value, out hours);
        }

        /// <summary>Parses <c>TYPE</c> or <c>TYPE:N</c> (N ≥ 1) like <c>GpuRequest.Parse</c>.</summary>
        public static bool TryParse(string text, out string type, out int count)
        {
            int separator = text.IndexOf(':');
            type = (separator < 0 ? text : text.Substring(0, separator)).Trim();
            string countText = separator < 0 ? "1" : text.Substring(separator + 1).Trim();
            bool parsed = int.TryParse(countText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count);
            return parsed && count >= 1 && type.Length > 0 && !type.Equals("none", StringComparison.OrdinalIgnoreCase);
        }
    }
}
