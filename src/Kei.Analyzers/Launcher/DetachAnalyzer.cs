using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI004: a GpuFunction with constant <c>Detach = false</c>. An attached job dies with the launcher process (a
    /// closed laptop, a lost SSH session), taking hours of paid GPU work with it.
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

            ISimpleAssignmentOperation? detach = InitializerAssignments.Find(InitializerAssignments.Of(context.Operation), "Detach");
            Optional<object?> constant = detach is null ? default : OperationValues.Unwrap(detach.Value).ConstantValue;
            if (detach != null && constant.HasValue && constant.Value is false)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, detach.Syntax.GetLocation()));
            }
        }
    }
}
