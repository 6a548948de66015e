using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents;
using Kei.Agents.Rules;
using Kei.Runtime;

namespace Kei.Cli.Estimation
{
    /// <summary>
    /// GPU prices and cost tiers for <c>kei estimate</c>: an agent's resolved params (<c>gpu.&lt;type&gt;.usd_per_hour</c>,
    /// <c>auto_below_usd</c>, <c>warn_below_usd</c>, <c>daily_cap_usd</c>) where it sets them, otherwise the documented
    /// defaults (<see cref="RuleDefaults"/>).
    /// </summary>
    public sealed class AgentPriceTable
    {
        private readonly PolicyParams parameters;

        public AgentPriceTable(PolicyParams parameters, string source)
        {
            this.parameters = parameters;
            Source = source;
            Policy = new CostPolicy(
                Number("auto_below_usd", RuleDefaults.AutoBelowUsd),
                Number("warn_below_usd", RuleDefaults.WarnBelowUsd),
                Number("daily_cap_usd", RuleDefaults.DailyCapUsd));
        }

        /// <summary>Where the numbers come from, for the output (e.g. <c>agent 'modal-runner'</c>).</summary>
        public string Source { get; }

        public CostPolicy Policy { get; }

        public bool TryGetPrice(string gpuType, out decimal usdPerHour)
        {
            string canonical = Canonical(gpuType);
            foreach (string key in KeyCandidates(gpuType, canonical))
            {
                if (parameters.TryGetNumber("gpu." + key + ".usd_per_hour", out double price))
                {
                    usdPerHour = (decimal)price;
                    return true;
                }
            }

            foreach (GpuPrice price in RuleDefaults.Gpus)
            {
                if (string.Equals(price.Type, canonical, StringComparison.OrdinalIgnoreCase))
                {
                    usdPerHour = (decimal)price.UsdPerHour;
                    return true;
                }
            }

            usdPerHour = 0;
            return false;
        }

        /// <summary>Every GPU type with a price: the agent's own table, then the default one, each name once.</summary>
        public IReadOnlyList<string> KnownTypes()
        {
            var types = new List<string>();
            foreach (string path in parameters.ByPath.Keys)
            {
                if (path.StartsWith("gpu.", StringComparison.Ordinal) && path.EndsWith(".usd_per_hour", StringComparison.Ordinal))
                {
                    types.Add(path.Substring(4, path.Length - 4 - ".usd_per_hour".Length));
                }
            }

            foreach (GpuPrice price in RuleDefaults.Gpus)
            {
                types.Add(price.Type);
            }

            return types.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        /// <summary>The canonical type name of an alias (A10G → A10), case-insensitively.</summary>
        private static string Canonical(string gpuType)
        {
            foreach (KeyValuePair<string, string> alias in RuleDefaults.GpuAliases)
            {
                if (string.Equals(alias.Key, gpuType, StringComparison.OrdinalIgnoreCase))
                {
                    return alias.Value;
                }
            }

            return gpuType;
        }

        /// <summary>Price-table keys are TOML bare keys, usually lower case (<c>h100</c>, <c>a100-80gb</c> or <c>a100_80gb</c>).</summary>
        private static IEnumerable<string> KeyCandidates(string gpuType, string canonical)
        {
            foreach (string name in new[] { gpuType, canonical })
            {
                yield return name;
                yield return name.ToLowerInvariant();
                yield return name.ToLowerInvariant().Replace('-', '_');
            }
        }

        private decimal Number(string name, double fallback)
            => (decimal)(parameters.TryGetNumber(name, out double value) ? value : fallback);
    }
}
