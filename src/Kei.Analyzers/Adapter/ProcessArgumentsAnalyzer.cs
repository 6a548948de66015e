using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// KEI024: process arguments built as one string (<c>ProcessStartInfo.Arguments</c>, <c>new ProcessStartInfo(file,
    /// args)</c>, <c>Process.Start(file, args)</c>) by concatenation or interpolation, or built text after a shell's
    /// <c>-c</c>. The child re-splits the string by its own quoting rules: a path with a space becomes two arguments.
    /// <c>Arguments</c> counts when assigned (<c>=</c>, <c>??=</c>) built text, and when <c>+=</c> appends a run-time piece;
    /// how text is built is <see cref="TextBuilding"/>'s to say. Arguments are found by parameter, in any order.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessArgumentsAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.ProcessArguments);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                if (RuntimeTypes.TryLoad(start.Compilation) != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeAssignment), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment, OperationKind.CompoundAssignment);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeCreation), OperationKind.ObjectCreation);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeInvocation), OperationKind.Invocation);
                }
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (IAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Arguments" } property || !IsStartInfo(property.Property.ContainingType))
            {
                return;
            }

            if (assignment is ICompoundAssignmentOperation compound)
            {
                string? how = compound.OperatorKind == BinaryOperatorKind.Add ? TextBuilding.DescribeAppend(compound.Value) : null;
                if (how != null)
                {
                    Report(context, compound.Value, how);
                }

                return;
            }

            ReportIfBuilt(context, assignment.Value);
        }

        private static void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (IsStartInfo(creation.Constructor?.ContainingType) && CallArguments.Named(creation.Arguments, "arguments") is { } arguments)
            {
                CheckArgumentsParameter(context, arguments);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "Start" && method.IsStatic && IsSystemDiagnostics(method.ContainingType, "Process")
                && CallArguments.Named(invocation.Arguments, "arguments") is { } arguments)
            {
                CheckArgumentsParameter(context, arguments);
            }
            else if (ShellScriptArguments.FindScriptAdd(invocation) is { } script)
            {
                Report(context, script, ShellScriptArguments.Description);
            }
        }

        /// <summary>A string <c>arguments</c> parameter is checked as a whole; a list is checked for a shell script.</summary>
        private static void CheckArgumentsParameter(OperationAnalysisContext context, IArgumentOperation argument)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                ReportIfBuilt(context, argument.Value);
                return;
            }

            foreach (IOperation element in ShellScriptArguments.ScriptElements(argument.Value))
            {
                Report(context, element, ShellScriptArguments.Description);
            }
        }

        private static void ReportIfBuilt(OperationAnalysisContext context, IOperation value)
        {
            BuiltText? built = TextBuilding.Find(value);
            if (built != null)
            {
                Report(context, built.Value.Site, built.Value.How);
            }
        }

        private static void Report(OperationAnalysisContext context, IOperation value, string how)
            => context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), how));

        private static bool IsStartInfo(INamedTypeSymbol? type) => IsSystemDiagnostics(type, "ProcessStartInfo");

        private static bool IsSystemDiagnostics(INamedTypeSymbol? type, string name)
            => SymbolNames.IsType(type, "System.Diagnostics", name);
    }
}
