using Kei.Agents.Rules;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>The cost tiers of a syntax tree: AUTO below <c>auto_below_usd</c>, WARN below <c>warn_below_usd</c>, else STOP.</summary>
    internal readonly struct CostTiers
    {
        public CostTiers(LauncherPolicy policy, SyntaxTree tree)
        {
            AutoBelowUsd = policy.GetDouble(tree, LauncherPolicy.AutoBelowUsd, RuleDefaults.AutoBelowUsd);
            WarnBelowUsd = policy.GetDouble(tree, LauncherPolicy.WarnBelowUsd, RuleDefaults.WarnBelowUsd);
            DailyCapUsd = policy.GetDouble(tree, LauncherPolicy.DailyCapUsd, RuleDefaults.DailyCapUsd);
        }

        public double AutoBelowUsd { get; }

        public double WarnBelowUsd { get; }

        public double DailyCapUsd { get; }

        public bool IsWarn(decimal total) => total >= (decimal)AutoBelowUsd && total < (decimal)WarnBelowUsd;

        public bool IsStop(decimal total) => total >= (decimal)WarnBelowUsd;
    }
}
