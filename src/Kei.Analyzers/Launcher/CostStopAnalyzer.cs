using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI009: a launch whose compile-time estimate is in the STOP tier (at or above <c>warn_below_usd</c>). The launcher
    /// refuses it without a person's CostApproval: a bill three times the estimate starts with a number nobody saw.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostStopAnalyzer : CostTierAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CostStop);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        protected override DiagnosticDescriptor Descriptor => Rule;

        internal override object[]? MessageArguments(CostFigures estimate, CostTiers tiers)
            => tiers.IsStop(estimate.TotalUsd) ? new object[] { estimate.ToString(), CostFigures.Usd(tiers.WarnBelowUsd) } : null;
    }
}
