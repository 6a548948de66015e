using System.Collections.Generic;
using System.Globalization;
using Kei.Agents.Rules;

namespace Kei.Agents.Markdown
{
    /// <summary>
    /// The COMPILE-TIME ENFORCEMENT lines: each enforced rule with its title and the parameter values it will use — the
    /// agent's own, or the catalog's default (RuleDefaults) when no included block sets one (that is what the analyzers
    /// fall back to).
    /// </summary>
    internal static class EnforcementList
    {
        private static readonly Dictionary<string, string> Defaults = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["max_file_lines"] = Text(RuleDefaults.MaxFileLines),
            ["max_function_lines"] = Text(RuleDefaults.MaxFunctionLines),
            ["checkpoint_every_steps"] = Text(RuleDefaults.CheckpointEverySteps),
            ["progress_every_steps"] = Text(RuleDefaults.ProgressEverySteps),
            ["min_retries"] = Text(RuleDefaults.MinRetries),
            ["max_retries"] = Text(RuleDefaults.MaxRetries),
            ["auto_below_usd"] = Text(RuleDefaults.AutoBelowUsd),
            ["warn_below_usd"] = Text(RuleDefaults.WarnBelowUsd),
            ["daily_cap_usd"] = Text(RuleDefaults.DailyCapUsd),
            ["price_max_age_days"] = Text(RuleDefaults.PriceMaxAgeDays),
        };

        public static IReadOnlyList<string> Lines(IReadOnlyList<string> ruleIds, PolicyParams parameters)
        {
            var lines = new List<string>(ruleIds.Count);
            foreach (string id in ruleIds)
            {
                if (!RuleCatalog.TryGet(id, out RuleInfo rule))
                {
                    continue;
                }

                var values = new List<string>();
                foreach (string name in rule.Parameters)
                {
                    string? value = parameters.TryGet(name, out ParamValue resolved) ? resolved.ToDisplayString()
                        : Defaults.TryGetValue(name, out string fallback) ? fallback : null;
                    if (value != null)
                    {
                        values.Add(name + " = " + value);
                    }
                }

                lines.Add(DocumentWriter.EnforcementLine(rule.Id, rule.Title, values));
            }

            return lines;
        }

        private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
