using System.Collections.Immutable;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI006: a progress interval above <c>progress_every_steps</c> (or ≤ 0), as <c>ProgressEverySteps</c> or as the
    /// <c>step % N == 0</c> guard of a loop that reports progress. Silent jobs look hung and get stopped.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProgressIntervalAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.ProgressInterval);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.GpuFunction != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    var rule = new StepIntervalRule(Rule, "ProgressEverySteps", LauncherPolicy.ProgressEverySteps, RuleDefaults.ProgressEverySteps, ReportsProgress);
                    rule.Register(start, types, policy);
                }
            });
        }

        /// <summary>A Kei.Runtime method with "Progress" in its name (JobContext.ReportProgress), or ReportEvent("progress").</summary>
        private static bool ReportsProgress(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (!SymbolNames.IsNamespace(method.ContainingNamespace, "Kei.Runtime"))
            {
                return false;
            }

            if (method.Name.IndexOf("Progress", System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            IArgumentOperation? name = method.Name == "ReportEvent" ? CallArguments.Named(invocation.Arguments, "name") : null;
            return name != null && Constants.TryGetString(name.Value, out string text) && text == "progress";
        }
    }
}
