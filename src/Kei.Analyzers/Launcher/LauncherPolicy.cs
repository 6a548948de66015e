using System;
using System.Collections.Generic;
using Kei.Agents;
using Kei.Agents.Rules;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The launcher rules' view of <see cref="KeiPolicy"/>: named thresholds with the catalog's defaults, and the GPU
    /// price table (<c>gpu.&lt;type&gt;.usd_per_hour</c>, <c>gpu.&lt;type&gt;.min_torch</c>) from <c>.editorconfig</c>,
    /// then the active agent, then <see cref="RuleDefaults.Gpus"/>.
    /// </summary>
    internal sealed class LauncherPolicy
    {
        public const string MinRetries = "min_retries";
        public const string MaxRetries = "max_retries";
        public const string CheckpointEverySteps = "checkpoint_every_steps";
        public const string ProgressEverySteps = "progress_every_steps";
        public const string AutoBelowUsd = "auto_below_usd";
        public const string WarnBelowUsd = "warn_below_usd";
        public const string DailyCapUsd = "daily_cap_usd";

        private readonly KeiPolicy policy;

        public LauncherPolicy(KeiPolicy policy) => this.policy = policy;

        public int GetInt(SyntaxTree tree, string param, int fallback) => policy.GetInt(tree, param, fallback);

        public double GetDouble(SyntaxTree tree, string param, double fallback) => policy.GetDouble(tree, param, fallback);

        /// <summary>The hourly price of a GPU type or alias, or false when no table knows it (prices are never guessed).</summary>
        public bool TryGetUsdPerHour(SyntaxTree tree, string gpuType, out decimal usdPerHour)
        {
            string type = Canonical(gpuType);
            usdPerHour = 0;
            if (policy.TryGetDouble(tree, "gpu." + type.ToLowerInvariant() + ".usd_per_hour", out double configured)
                || TryGetAgentGpuNumber(type, "usd_per_hour", out configured))
            {
                usdPerHour = (decimal)configured;
                return configured > 0;
            }

            GpuPrice? row = DefaultRow(type);
            usdPerHour = row is null ? 0 : (decimal)row.UsdPerHour;
            return row != null;
        }

        /// <summary>The minimum torch version of a GPU type (e.g. <c>2.1</c>), or null when no table knows it.</summary>
        public string? GetMinTorch(SyntaxTree tree, string gpuType)
        {
            string type = Canonical(gpuType);
            if (policy.TryGetEditorConfigText(tree, "gpu." + type.ToLowerInvariant() + ".min_torch", out string? text))
            {
                return text;
            }

            ParamValue? agentValue = AgentGpuValue(type, "min_torch");
            return agentValue?.ToDisplayString() ?? DefaultRow(type)?.MinTorch;
        }

        private static string Canonical(string gpuType)
        {
            string trimmed = gpuType.Trim();
            foreach (KeyValuePair<string, string> alias in RuleDefaults.GpuAliases)
            {
                if (string.Equals(alias.Key, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    return alias.Value;
                }
            }

            return trimmed;
        }

        private bool TryGetAgentGpuNumber(string type, string field, out double number)
        {
            number = 0;
            return AgentGpuValue(type, field)?.TryGetNumber(out number) == true;
        }

        /// <summary>The agent's <c>gpu.&lt;type&gt;.&lt;field&gt;</c>, matching the type case-insensitively (H100 = h100).</summary>
        private ParamValue? AgentGpuValue(string type, string field)
        {
            if (!policy.AgentParams.TryGet("gpu", out ParamValue table))
            {
                return null;
            }

            foreach (KeyValuePair<string, ParamValue> row in table.Members)
            {
                if (string.Equals(row.Key, type, StringComparison.OrdinalIgnoreCase))
                {
                    return FindMember(row.Value, field);
                }
            }

            return null;
        }

        private static ParamValue? FindMember(ParamValue row, string field)
        {
            foreach (KeyValuePair<string, ParamValue> member in row.Members)
            {
                if (member.Key == field)
                {
                    return member.Value;
                }
            }

            return null;
        }

        private static GpuPrice? DefaultRow(string type)
        {
            foreach (GpuPrice row in RuleDefaults.Gpus)
            {
                if (string.Equals(row.Type, type, StringComparison.OrdinalIgnoreCase))
                {
                    return row;
                }
            }

            return null;
        }
    }
}
