using System.Collections.Immutable;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI005: a checkpoint interval above <c>checkpoint_every_steps</c> (or ≤ 0), as <c>CheckpointEverySteps</c> or as
    /// the <c>step % N == 0</c> guard of a loop that saves a checkpoint. A preempted node loses everything since the last save.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CheckpointIntervalAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CheckpointInterval);

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
                    var rule = new StepIntervalRule(Rule, "CheckpointEverySteps", LauncherPolicy.CheckpointEverySteps, RuleDefaults.CheckpointEverySteps, i => SavesCheckpoint(i, types));
                    rule.Register(start, types, policy);
                }
            });
        }

        /// <summary>Volume.SaveCheckpointAsync, or any Kei.Runtime method with "Checkpoint" in its name that saves.</summary>
        private static bool SavesCheckpoint(IInvocationOperation invocation, RuntimeTypes types)
        {
            IMethodSymbol method = invocation.TargetMethod;
            return method.Name.IndexOf("Checkpoint", System.StringComparison.Ordinal) >= 0
                && (method.Name.StartsWith("Save", System.StringComparison.Ordinal) || method.Name.StartsWith("Write", System.StringComparison.Ordinal))
                && (RuntimeTypes.Is(method.ContainingType, types.Volume) || SymbolNames.IsNamespace(method.ContainingNamespace, "Kei.Runtime"));
        }
    }
}
