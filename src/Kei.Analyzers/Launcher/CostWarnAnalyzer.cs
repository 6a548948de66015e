using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI008: a launch whose compile-time estimate is in the WARN tier. It runs only while the day's spend stays within
    /// the cap, so the author should see the number before the launcher refuses it at run time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostWarnAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CostWarn);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.JobLauncher != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    start.RegisterOperationAction(c => Analyze(c, types, policy), OperationKind.Invocation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            var invocation = (IInvocationOperation)context.Operation;
            CostFigures? estimate = LaunchCostCalculator.TryEstimate(invocation, types, policy);
            if (estimate is null)
            {
                return;
            }

            var tiers = new CostTiers(policy, invocation.Syntax.SyntaxTree);
            if (tiers.IsWarn(estimate.TotalUsd))
            {
                Location location = SyntaxLocations.MemberName(invocation.Syntax);
                string auto = CostFigures.Usd(tiers.AutoBelowUsd);
                string warn = CostFigures.Usd(tiers.WarnBelowUsd);
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, estimate.ToString(), auto, warn, CostFigures.Usd(tiers.DailyCapUsd)));
            }
        }
    }
}
