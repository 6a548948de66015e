using System;
using System.Collections.Generic;
using System.Globalization;
using Kei.Agents.Rules;

namespace Kei.Agents.Loading
{
    /// <summary>KEI209: a <c>gpu.&lt;type&gt;.verified</c> date older than the agent's <c>price_max_age_days</c>.</summary>
    internal static class PriceAgeCheck
    {
        public static void Run(ParamNode root, PolicyParams parameters, DateTime today, DiagnosticBag bag)
        {
            ParamNode? gpus = root.Child("gpu");
            if (gpus == null || !gpus.IsTable)
            {
                return;
            }

            double maxAge = parameters.TryGetNumber("price_max_age_days", out double days) ? days : RuleDefaults.PriceMaxAgeDays;
            foreach (KeyValuePair<string, ParamNode> gpu in gpus.Children)
            {
                ParamNode? verified = gpu.Value.Child("verified");
                if (verified?.Leaf == null || !TryParseDate(verified.Leaf, out DateTime date))
                {
                    continue;
                }

                int age = (int)(today.Date - date).TotalDays;
                if (age > maxAge)
                {
                    string message = "the price of GPU '" + gpu.Key + "' was verified on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                                     + ", " + age.ToString(CultureInfo.InvariantCulture) + " days ago (price_max_age_days = "
                                     + maxAge.ToString(CultureInfo.InvariantCulture) + "); check the price and update 'verified'";
                    bag.Add("KEI209", message, verified.SourcePath, verified.SourcePosition);
                }
            }
        }

        private static bool TryParseDate(ParamValue value, out DateTime date)
        {
            string text = value.Scalar as string ?? string.Empty;
            date = default;
            return (value.Kind == ParamValueKind.Date || value.Kind == ParamValueKind.String) && text.Length >= 10
                   && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
    }
}
