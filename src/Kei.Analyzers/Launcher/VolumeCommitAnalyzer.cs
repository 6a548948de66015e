using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI002: a volume write from which some normal path to the function's exit passes no commit of the same volume.
    /// Staged writes are invisible until committed: a run that ends without a commit loses its checkpoints. Found on
    /// the control-flow graph, not by line order. Only a write triggers the (costlier) graph, once per body: the
    /// thousands of bodies without one cost a method-name comparison per call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VolumeCommitAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.VolumeCommit);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.Volume != null)
                {
                    var calls = new VolumeCalls(types.Volume, types.VolumeWriteAttribute);
                    var findingsByBody = new ConcurrentDictionary<SyntaxNode, ImmutableArray<Diagnostic>>();
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => OnInvocation(c, calls, findingsByBody)), OperationKind.Invocation);
                }
            });
        }

        private static void OnInvocation(OperationAnalysisContext context, VolumeCalls calls, ConcurrentDictionary<SyntaxNode, ImmutableArray<Diagnostic>> findingsByBody)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!calls.IsWrite(invocation.TargetMethod))
            {
                return;
            }

            // A member, local function or lambda marked [VolumeWrite] stages writes for its caller, who commits them: its
            // own body is not checked (a marked local function's callers are, through the call). A write the shortcut
            // proves committed needs no graph; any other write has its whole body analysed, once.
            bool ownerStagesWrites = context.ContainingSymbol is IMethodSymbol owner && calls.IsMarkedWrite(owner);
            if (!ownerStagesWrites && !InMarkedFunction(invocation, calls) && !CommitFollowsInBlock.Covers(invocation, calls))
            {
                ReportOwnFinding(context, invocation, FindingsOfBody(context, Operand.Root(invocation), calls, findingsByBody));
            }
        }

        /// <summary>
        /// A method of its own so that the closure (which copies the context) is made only for a write: a lambda in
        /// <see cref="OnInvocation"/> capturing its parameter would be allocated on entry, for every call of the compilation.
        /// </summary>
        private static ImmutableArray<Diagnostic> FindingsOfBody(OperationAnalysisContext context, IOperation root, VolumeCalls calls, ConcurrentDictionary<SyntaxNode, ImmutableArray<Diagnostic>> findingsByBody)
            => findingsByBody.TryGetValue(root.Syntax, out ImmutableArray<Diagnostic> known) ? known : findingsByBody.GetOrAdd(root.Syntax, _ => AnalyzeBody(root, context, calls));

        /// <summary>
        /// Each write reports only its own finding, from its own action: a diagnostic reported outside the operation
        /// being analysed is non-local, which the IDE shows only in full-solution analysis and offers no fix for.
        /// </summary>
        private static void ReportOwnFinding(OperationAnalysisContext context, IInvocationOperation write, ImmutableArray<Diagnostic> findings)
        {
            TextSpan own = SyntaxLocations.WholeCall(write.Syntax).SourceSpan;
            foreach (Diagnostic finding in findings)
            {
                if (finding.Location.SourceSpan == own)
                {
                    context.ReportDiagnostic(finding);
                }
            }
        }

        private static ImmutableArray<Diagnostic> AnalyzeBody(IOperation root, OperationAnalysisContext context, VolumeCalls calls)
        {
            ControlFlowGraph? graph = GraphOf(root, context);
            if (graph == null)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            ImmutableArray<Diagnostic>.Builder found = ImmutableArray.CreateBuilder<Diagnostic>();
            new VolumeGraphAnalysis(calls, Rule, found.Add, root).Analyze(graph, "'" + FunctionName(context.ContainingSymbol) + "'");
            return found.ToImmutable();
        }

        /// <summary>True inside a local function or lambda marked [VolumeWrite] (the nearest enclosing one decides).</summary>
        private static bool InMarkedFunction(IOperation operation, VolumeCalls calls)
        {
            for (IOperation? parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                IMethodSymbol? function = parent switch
                {
                    ILocalFunctionOperation local => local.Symbol,
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    _ => null,
                };
                if (function != null)
                {
                    return calls.IsMarkedWrite(function);
                }
            }

            return false;
        }

        /// <summary>
        /// The graph of the body or initializer (lambdas and local functions are reached from it), from the driver's
        /// cache, so analyzers that share a body share its graph; null for a root no graph is built for.
        /// </summary>
        private static ControlFlowGraph? GraphOf(IOperation root, OperationAnalysisContext context)
        {
            bool hasGraph = root is IMethodBodyOperation or IConstructorBodyOperation or IFieldInitializerOperation
                or IPropertyInitializerOperation or IBlockOperation;
            return hasGraph ? context.GetControlFlowGraph() : null;
        }

        /// <summary>The member the body belongs to (a lambda's containing symbol is the lambda: take its member).</summary>
        private static string FunctionName(ISymbol owner)
        {
            while (owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && owner.ContainingSymbol != null)
            {
                owner = owner.ContainingSymbol;
            }

            return owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? owner.ContainingType.Name : owner.Name;
        }
    }
}
