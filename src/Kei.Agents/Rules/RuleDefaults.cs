using System.Collections.Generic;

namespace Kei.Agents.Rules
{
    /// <summary>The catalog's parameter defaults (the README lists them), used when neither the active agent nor .editorconfig sets a value.</summary>
    public static class RuleDefaults
    {
        public const int MaxFileLines = 200;
        public const int MaxFunctionLines = 30;
        public const int CheckpointEverySteps = 500;
        public const int ProgressEverySteps = 250;
        public const int MinRetries = 1;
        public const int MaxRetries = 10;
        public const double AutoBelowUsd = 5;
        public const double WarnBelowUsd = 20;
        public const double DailyCapUsd = 20;
        public const int PriceMaxAgeDays = 180;

        /// <summary>The default GPU price table (USD per GPU-hour, mid-2026 snapshot) with minimum torch versions.</summary>
        public static IReadOnlyList<GpuPrice> Gpus { get; } = new[]
        {
            new GpuPrice("A10", 1.10, "2.0", "2026-06-01"),
            new GpuPrice("L40S", 1.95, "2.0", "2026-06-01"),
            new GpuPrice("A100-80GB", 2.50, "2.0", "2026-06-01"),
            new GpuPrice("H100", 3.95, "2.1", "2026-06-01"),
            new GpuPrice("H200", 4.54, "2.1", "2026-06-01"),
            new GpuPrice("B200", 6.25, "2.7", "2026-06-01"),
        };

        /// <summary>Accepted aliases of GPU type names (alias → canonical).</summary>
        public static IReadOnlyDictionary<string, string> GpuAliases { get; } = new Dictionary<string, string> { ["A10G"] = "A10" };
    }
}
