using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI002: a volume write from which some normal path to the function's exit passes no commit of the same volume.
    /// Staged writes are invisible until committed: a run that ends without a commit loses its checkpoints. Found on
    /// the control-flow graph, not by line order; the graph is built only for bodies that contain a write at all.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VolumeCommitAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.VolumeCommit);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.Volume != null)
                {
                    var calls = new VolumeCalls(types.Volume, types.VolumeWriteAttribute);
                    start.RegisterOperationBlockStartAction(block => OnBlockStart(block, calls));
                }
            });
        }

        private static void OnBlockStart(OperationBlockStartAnalysisContext context, VolumeCalls calls)
        {
            // A member marked [VolumeWrite] stages writes for its caller, who commits them: its own body is not checked.
            if (context.OwningSymbol is IMethodSymbol owner && calls.IsWrite(owner))
            {
                return;
            }

            // A cheap per-invocation check decides whether the (costlier) control-flow graph is needed at all.
            int writes = 0;
            context.RegisterOperationAction(
                c =>
                {
                    if (calls.IsWrite(((IInvocationOperation)c.Operation).TargetMethod))
                    {
                        Interlocked.Increment(ref writes);
                    }
                },
                OperationKind.Invocation);
            context.RegisterOperationBlockEndAction(end =>
            {
                if (Volatile.Read(ref writes) > 0)
                {
                    AnalyzeBlocks(end, calls);
                }
            });
        }

        private static void AnalyzeBlocks(OperationBlockAnalysisContext context, VolumeCalls calls)
        {
            var analysis = new VolumeGraphAnalysis(calls, Rule, context.ReportDiagnostic);
            var roots = new HashSet<IOperation>();
            foreach (IOperation block in context.OperationBlocks)
            {
                // A method's blocks hang below one IMethodBodyOperation; its graph covers them all, so build it once.
                IOperation root = OperationValues.Root(block);
                if (HasGraph(root) && roots.Add(root))
                {
                    analysis.Analyze(context.GetControlFlowGraph(block), FunctionName(context.OwningSymbol));
                }
            }
        }

        /// <summary>The roots a control-flow graph can be built for (bodies and initializers, which may hold lambdas).</summary>
        private static bool HasGraph(IOperation root)
            => root is IMethodBodyBaseOperation
               || root is IFieldInitializerOperation
               || root is IPropertyInitializerOperation
               || root is IBlockOperation;

        private static string FunctionName(ISymbol owner)
            => owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? owner.ContainingType.Name : owner.Name;
    }
}
