using System.Collections.Generic;
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
                    ParamValue? value = parameters.TryGet(name, out ParamValue resolved) ? resolved
                        : ParamCatalog.TryGet(name, out ParamSpec spec) ? spec.Default : null;
                    if (value != null)
                    {
                        values.Add(name + " = " + value.ToDisplayString());
                    }
                }

                lines.Add(DocumentWriter.EnforcementLine(rule.Id, rule.Title, values));
            }

            return lines;
        }
    }
}
