using System;
using System.Collections.Generic;
using Kei.Agents;
using Kei.Agents.Rules;

namespace Kei.Cli.Estimation
{
    /// <summary>
    /// GPU prices and cost tiers: an agent's resolved params (<c>gpu.&lt;type&gt;.usd_per_hour</c>, <c>auto_below_usd</c>,
    /// <c>warn_below_usd</c>) where it sets them, otherwise the documented defaults (<see cref="RuleDefaults"/>).
    /// </summary>
    public sealed class PriceTable
    {
        private readonly PolicyParams parameters;

        public PriceTable(PolicyParams parameters, string source)
        {
            this.parameters = parameters;
            Source = source;
            AutoBelowUsd = parameters.TryGetNumber("auto_below_usd", out double auto) ? auto : RuleDefaults.AutoBelowUsd;
            WarnBelowUsd = parameters.TryGetNumber("warn_below_usd", out double warn) ? warn : RuleDefaults.WarnBelowUsd;
        }

        public string Source { get; }

        public double AutoBelowUsd { get; }

        public double WarnBelowUsd { get; }

        public CostTier TierOf(double usd) => usd < AutoBelowUsd ? CostTier.Auto : usd < WarnBelowUsd ? CostTier.Warn : CostTier.Stop;

        public bool TryGetPrice(string gpuType, out double usdPerHour)
        {
            string canonical = Canonical(gpuType);
            foreach (string key in KeyCandidates(gpuType, canonical))
            {
                if (parameters.TryGetNumber("gpu." + key + ".usd_per_hour", out usdPerHour))
                {
                    return true;
                }
            }

            foreach (GpuPrice price in RuleDefaults.Gpus)
            {
                if (string.Equals(price.Type, canonical, StringComparison.OrdinalIgnoreCase))
                {
                    usdPerHour = price.UsdPerHour;
                    return true;
                }
            }

            usdPerHour = 0;
            return false;
        }

        /// <summary>The canonical type name of an alias (A10G → A10), case-insensitively.</summary>
        public static string Canonical(string gpuType)
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
    }
}
