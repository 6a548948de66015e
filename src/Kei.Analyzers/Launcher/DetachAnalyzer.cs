using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI004: a GpuFunction with constant <c>Detach = false</c>. An attached job dies with the launcher process (a
    /// closed laptop, a lost SSH session), taking hours of paid GPU work with it. Every value the member can have is
    /// judged (<see cref="PossibleValues"/>): a constant <c>false</c> arm of a <c>?:</c> is a path that runs attached.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DetachAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.Detach);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? gpuFunction = RuntimeTypes.TryLoad(start.Compilation)?.GpuFunction;
                if (gpuFunction != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, gpuFunction)), OperationKind.ObjectCreation, OperationKind.With);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol gpuFunction)
        {
            if (!RuntimeTypes.Is(context.Operation.Type, gpuFunction))
            {
                return;
            }

            ISimpleAssignmentOperation? detach = MemberValues.Assignment(context.Operation, "Detach");
            if (detach is null)
            {
                return;
            }

            foreach (ValueLeaf leaf in PossibleValues.Of(detach.Value))
            {
                if (Constants.TryGetBool(leaf.Value, out bool detached) && !detached)
                {
                    SyntaxNode at = leaf.IsWhole(detach.Value) ? detach.Syntax : leaf.Site.Syntax;
                    context.ReportDiagnostic(Diagnostic.Create(Rule, at.GetLocation()));
                }
            }
        }
    }
}
