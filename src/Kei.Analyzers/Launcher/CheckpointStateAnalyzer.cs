using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI007: a Checkpoint without model state (<c>null</c>, <c>default</c>, or an empty buffer). Metrics alone cannot
    /// resume a run: the "checkpoint" restarts training from step zero. The <c>State</c> argument and a <c>State</c>
    /// set by an initializer or <c>with</c> are both judged, each through every value it can have
    /// (<see cref="PossibleValues"/>): an empty fallback after <c>??</c> is a checkpoint without state.
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

            IArgumentOperation? argument = CallArguments.Named(CallArguments.Of(context.Operation), StateName);
            Judge(context, argument?.Value);
            Judge(context, MemberValues.Assignment(context.Operation, StateName)?.Value);
        }

        private static void Judge(OperationAnalysisContext context, IOperation? state)
        {
            if (state is null)
            {
                return;
            }

            foreach (ValueLeaf leaf in PossibleValues.Of(state))
            {
                string? problem = Describe(leaf.Value);
                if (problem != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, leaf.Site.Syntax.GetLocation(), problem));
                }
            }
        }

        /// <summary>Why the state is missing, or null when it may hold model state.</summary>
        private static string? Describe(IOperation value)
        {
            if (value.Syntax is CollectionExpressionSyntax)
            {
                return CollectionElements.Of(value) is { Count: 0 } ? "State is empty" : null;
            }

            switch (value)
            {
                case IDefaultValueOperation:
                case IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: null } creation when IsMemory(creation.Type):
                    return "State is default";
                case ILiteralOperation when value.ConstantValue.HasValue && value.ConstantValue.Value is null:
                    return "State is null";
                case IArrayCreationOperation array when IsEmpty(array):
                case IInvocationOperation { TargetMethod.Name: "Empty" } call when SymbolNames.IsType(call.TargetMethod.ContainingType, "System", "Array"):
                case IPropertyReferenceOperation { Property.Name: "Empty" } property when IsMemory(property.Property.ContainingType):
                    return "State is empty";
                default:
                    return null;
            }
        }

        private static bool IsMemory(ITypeSymbol? type)
            => type is INamedTypeSymbol named && (SymbolNames.IsType(named, "System", "ReadOnlyMemory") || SymbolNames.IsType(named, "System", "Memory"));

        private static bool IsEmpty(IArrayCreationOperation array)
        {
            if (array.Initializer != null)
            {
                return array.Initializer.ElementValues.Length == 0;
            }

            return array.DimensionSizes.Length == 1 && Constants.TryGetInt(array.DimensionSizes[0], out int size) && size == 0;
        }
    }
}
