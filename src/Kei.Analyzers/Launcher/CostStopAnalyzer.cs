using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI009: a launch whose compile-time estimate is in the STOP tier (at or above <c>warn_below_usd</c>). The launcher
    /// refuses it without a person's CostApproval: a bill three times the estimate starts with a number nobody saw.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostStopAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CostStop);

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
            if (tiers.IsStop(estimate.TotalUsd))
            {
                Location location = SyntaxLocations.MemberName(invocation.Syntax);
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, estimate.ToString(), CostFigures.Usd(tiers.WarnBelowUsd)));
            }
        }
    }
}
