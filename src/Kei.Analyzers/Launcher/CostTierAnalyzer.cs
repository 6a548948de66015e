using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI008 and KEI009 share one pass: estimate each launch from its constants, then each rule reports when the
    /// estimate falls in the tier it owns. Only the tier test and the message arguments differ between them.
    /// </summary>
    public abstract class CostTierAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The rule this analyzer reports.</summary>
        protected abstract DiagnosticDescriptor Descriptor { get; }

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.JobLauncher != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, types, policy)), OperationKind.Invocation);
                }
            });
        }

        /// <summary>The message arguments when <paramref name="estimate"/> is in this rule's tier, else null.</summary>
        internal abstract object[]? MessageArguments(CostFigures estimate, CostTiers tiers);

        private void Analyze(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            var invocation = (IInvocationOperation)context.Operation;
            CostFigures? estimate = LaunchCostCalculator.TryEstimate(invocation, types, policy);
            object[]? arguments = estimate is null ? null : MessageArguments(estimate, new CostTiers(policy, invocation.Syntax.SyntaxTree));
            if (arguments != null)
            {
                Location location = SyntaxLocations.MemberName(invocation.Syntax);
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, location, arguments));
            }
        }
    }
}
