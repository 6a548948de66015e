using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI008: a launch whose compile-time estimate is in the WARN tier. It runs only while the day's spend stays within
    /// the cap, so the author should see the number before the launcher refuses it at run time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostWarnAnalyzer : CostTierAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CostWarn);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        protected override DiagnosticDescriptor Descriptor => Rule;

        internal override object[]? MessageArguments(CostFigures estimate, CostTiers tiers)
            => tiers.IsWarn(estimate.TotalUsd)
                ? new object[] { estimate.ToString(), CostFigures.Usd(tiers.AutoBelowUsd), CostFigures.Usd(tiers.WarnBelowUsd), CostFigures.Usd(tiers.DailyCapUsd) }
                : null;
    }
}
