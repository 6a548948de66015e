using System.Collections.Generic;

namespace Kei.Agents.Rules
{
    /// <summary>
    /// Every parameter the rules read, with its declared type, range and default, and the orders some of them keep. A
    /// value of one of these names is checked wherever it is set (block or manifest); parameters a team declares for its
    /// own blocks are not listed and keep whatever type they are written in.
    /// </summary>
    public static class ParamCatalog
    {
        /// <summary>The upper bound of the line limits: a limit above it no longer limits anything a person reads.</summary>
        public const long MaxLines = 10000;

        /// <summary>The upper bound of the step intervals: a run that saves or reports less often is not followed at all.</summary>
        public const long MaxSteps = 1000000;

        public const long MaxRetries = 100;

        /// <summary>The upper bound of every amount in USD (tier bounds, the daily cap, GPU prices).</summary>
        public const long MaxUsd = 1000000;

        /// <summary>Ten years: a price older than that is not a price.</summary>
        public const long MaxPriceAgeDays = 3650;

        public static IReadOnlyList<ParamSpec> All { get; } = new[]
        {
            Whole("max_file_lines", 1, MaxLines, RuleDefaults.MaxFileLines, "lines a file may have (KEI100)"),
            Whole("max_function_lines", 1, MaxLines, RuleDefaults.MaxFunctionLines, "lines a function may span (KEI101)"),
            Whole("checkpoint_every_steps", 1, MaxSteps, RuleDefaults.CheckpointEverySteps, "most steps between two checkpoints (KEI005)"),
            Whole("progress_every_steps", 1, MaxSteps, RuleDefaults.ProgressEverySteps, "most steps between two progress reports (KEI006)"),
            Whole("min_retries", 0, MaxRetries, RuleDefaults.MinRetries, "fewest retries a GPU function may declare (KEI003)"),
            Whole("max_retries", 0, MaxRetries, RuleDefaults.MaxRetries, "most retries a GPU function may declare (KEI003)"),
            Usd("auto_below_usd", RuleDefaults.AutoBelowUsd, "launches below this estimate run without a word (KEI008)"),
            Usd("warn_below_usd", RuleDefaults.WarnBelowUsd, "launches at or above this estimate need a person's approval (KEI008, KEI009)"),
            Usd("daily_cap_usd", RuleDefaults.DailyCapUsd, "the most a day's WARN-tier launches may spend (KEI008)"),
            Whole("price_max_age_days", 1, MaxPriceAgeDays, RuleDefaults.PriceMaxAgeDays, "days after which a GPU price is stale (KEI209)"),
            new ParamSpec("gpu", ParamType.Table, 0, 0, null, "the GPU price table, one table per GPU type"),
            new ParamSpec("gpu.*", ParamType.Table, 0, 0, null, "one GPU type's row of the price table"),
            new ParamSpec("gpu.*.usd_per_hour", ParamType.Money, 0, MaxUsd, null, "the price of one GPU for one hour (KEI008, KEI009)"),
            new ParamSpec("gpu.*.min_torch", ParamType.Version, 0, 0, null, "the oldest torch that runs on the GPU (KEI011)"),
            new ParamSpec("gpu.*.verified", ParamType.Date, 0, 0, null, "the day the price was last checked (KEI209)"),
        };

        /// <summary>The orders the catalog's values keep, checked on each agent's resolved values (defaults included).</summary>
        public static IReadOnlyList<ParamOrder> Orders { get; } = new[]
        {
            new ParamOrder("min_retries", "max_retries"),
            new ParamOrder("auto_below_usd", "warn_below_usd"),
            new ParamOrder("warn_below_usd", "daily_cap_usd"),
        };

        /// <summary>The declared type and range of a dotted parameter path, when the catalog declares one.</summary>
        public static bool TryGet(string dottedPath, out ParamSpec spec)
        {
            foreach (ParamSpec candidate in All)
            {
                if (candidate.Matches(dottedPath))
                {
                    spec = candidate;
                    return true;
                }
            }

            spec = null!;
            return false;
        }

        private static ParamSpec Whole(string name, long minimum, long maximum, int defaultValue, string meaning)
            => new ParamSpec(name, ParamType.Integer, minimum, maximum, ParamValue.Integer(defaultValue), meaning);

        private static ParamSpec Usd(string name, double defaultValue, string meaning)
            => new ParamSpec(name, ParamType.Money, 0, MaxUsd, ParamValue.Float(defaultValue), meaning);
    }
}
