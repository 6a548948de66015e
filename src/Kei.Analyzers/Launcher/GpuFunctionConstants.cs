using System;
using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The compile-time GPU requests and timeouts of a GpuFunction value: a <c>new GpuFunction { ... }</c> (target-typed
    /// too), a <c>with</c> copy (a member it does not set comes from the copied function), or anything that stands for
    /// them (<see cref="PossibleValues"/>: locals, <c>?:</c>, <c>??</c>, switch arms). Fields, parameters and factory
    /// calls are run-time values and give nothing.
    /// </summary>
    internal static class GpuFunctionConstants
    {
        /// <summary>The runtime's default attempt timeout (GpuFunction.Timeout = 5 minutes).</summary>
        public const double DefaultTimeoutHours = 5.0 / 60.0;

        /// <summary>The functions (creations and copies of <paramref name="gpuFunction"/>) a value can be.</summary>
        public static List<IOperation> Functions(IOperation value, INamedTypeSymbol gpuFunction)
        {
            var functions = new List<IOperation>();
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                if (leaf.Value is IObjectCreationOperation or IWithOperation && RuntimeTypes.Is(leaf.Value.Type, gpuFunction))
                {
                    functions.Add(leaf.Value);
                }
            }

            return functions;
        }

        /// <summary>
        /// Every compile-time GPU request of the function: <c>Gpu = "H100:8"</c>, <c>GpuRequest.Parse("H100:8")</c>,
        /// <c>new GpuRequest("H100", 8)</c> with arguments in any order, through locals and alternatives.
        /// </summary>
        public static List<GpuChoice> Gpus(IOperation function, RuntimeTypes types)
        {
            var choices = new List<GpuChoice>();
            var values = new List<MemberValue>();
            MemberValues.Collect(function, "Gpu", values);
            foreach (MemberValue member in values)
            {
                foreach (ValueLeaf leaf in member.Assigned is null ? new List<ValueLeaf>() : PossibleValues.Of(member.Assigned))
                {
                    AddRequests(leaf, types, choices);
                }
            }

            return choices;
        }

        /// <summary>The constant timeouts in hours (the runtime's default where unset); empty when none is known.</summary>
        public static List<double> TimeoutHours(IOperation function)
        {
            var hours = new List<double>();
            var values = new List<MemberValue>();
            MemberValues.Collect(function, "Timeout", values);
            foreach (MemberValue member in values)
            {
                if (member.IsKnown && member.Assigned is null)
                {
                    hours.Add(DefaultTimeoutHours);
                }
                else if (member.Assigned != null && ConstantTimeSpan.TryGetHours(member.Assigned, out double set))
                {
                    hours.Add(set);
                }
            }

            return hours;
        }

        private static void AddRequests(ValueLeaf leaf, RuntimeTypes types, List<GpuChoice> choices)
        {
            switch (leaf.Value)
            {
                case IInvocationOperation { TargetMethod.Name: "Parse" } parse when RuntimeTypes.Is(parse.TargetMethod.ContainingType, types.GpuRequest):
                    AddParsed(CallArguments.AtParameter(parse.Arguments, 0)?.Value, leaf.Site, choices);
                    break;
                case IObjectCreationOperation request when RuntimeTypes.Is(request.Type, types.GpuRequest):
                    AddConstructed(request, leaf.Site, choices);
                    break;
                default:
                    if (Constants.TryGetString(leaf.Value, out string text) && TryParse(text, out string type, out int count))
                    {
                        choices.Add(new GpuChoice(type, count, leaf.Site));
                    }

                    break;
            }
        }

        private static void AddParsed(IOperation? text, IOperation site, List<GpuChoice> choices)
        {
            foreach (ValueLeaf leaf in text is null ? new List<ValueLeaf>() : PossibleValues.Of(text))
            {
                if (Constants.TryGetString(leaf.Value, out string parsed) && TryParse(parsed, out string type, out int count))
                {
                    choices.Add(new GpuChoice(type, count, site));
                }
            }
        }

        /// <summary><c>new GpuRequest(Type, Count)</c>: every constant type with every constant count above zero.</summary>
        private static void AddConstructed(IObjectCreationOperation request, IOperation site, List<GpuChoice> choices)
        {
            IArgumentOperation? type = CallArguments.Named(request.Arguments, "Type");
            IArgumentOperation? count = CallArguments.Named(request.Arguments, "Count");
            if (type is null || count is null)
            {
                return;
            }

            foreach (ValueLeaf typeLeaf in PossibleValues.Of(type.Value))
            {
                foreach (ValueLeaf countLeaf in PossibleValues.Of(count.Value))
                {
                    if (Constants.TryGetString(typeLeaf.Value, out string name) && name.Length > 0 && Constants.TryGetInt(countLeaf.Value, out int gpus) && gpus > 0)
                    {
                        choices.Add(new GpuChoice(name, gpus, site));
                    }
                }
            }
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
