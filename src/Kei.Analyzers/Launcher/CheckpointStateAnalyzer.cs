using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI007: a Checkpoint without model state (<c>null</c>, <c>default</c>, or an empty buffer). Metrics alone cannot
    /// resume a run: the "checkpoint" restarts training from step zero.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CheckpointStateAnalyzer : DiagnosticAnalyzer
    {
        private const string StateName = "State";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.CheckpointState);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? checkpoint = RuntimeTypes.TryLoad(start.Compilation)?.Checkpoint;
                if (checkpoint != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, checkpoint)), OperationKind.ObjectCreation, OperationKind.With);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol checkpoint)
        {
            if (!RuntimeTypes.Is(context.Operation.Type, checkpoint))
            {
                return;
            }

            IArgumentOperation? argument = context.Operation is IObjectCreationOperation creation ? OperationValues.FindArgument(creation.Arguments, StateName) : null;
            IOperation? state = argument?.Value ?? InitializerAssignments.Find(InitializerAssignments.Of(context.Operation), StateName)?.Value;
            string? problem = state is null ? null : Describe(state);
            if (problem != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, state!.Syntax.GetLocation(), problem));
            }
        }

        /// <summary>Why the state is missing, or null when it may hold model state.</summary>
        private static string? Describe(IOperation state)
        {
            IOperation value = OperationValues.Unwrap(state);
            if (value.Syntax is CollectionExpressionSyntax collection)
            {
                return collection.Elements.Count == 0 ? "State is empty" : null;
            }

            switch (value)
            {
                case IDefaultValueOperation:
                    return "State is default";
                case ILiteralOperation when value.ConstantValue.HasValue && value.ConstantValue.Value is null:
                    return "State is null";
                case IArrayCreationOperation array when IsEmpty(array):
                case IInvocationOperation { TargetMethod.Name: "Empty", TargetMethod.ContainingType.Name: "Array" }:
                case IPropertyReferenceOperation { Property.Name: "Empty", Property.ContainingType.Name: "ReadOnlyMemory" or "Memory" }:
                    return "State is empty";
                default:
                    return null;
            }
        }

        private static bool IsEmpty(IArrayCreationOperation array)
        {
            if (array.Initializer != null)
            {
                return array.Initializer.ElementValues.Length == 0;
            }

            return array.DimensionSizes.Length == 1 && OperationValues.TryGetInt(array.DimensionSizes[0], out int size) && size == 0;
        }
    }
}
