using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
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
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeAssignment), OperationKind.SimpleAssignment);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeCreation), OperationKind.ObjectCreation);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeInvocation), OperationKind.Invocation);
                }
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Arguments" } property && IsStartInfo(property.Property.ContainingType))
            {
                ReportIfBuilt(context, assignment.Value);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (IsStartInfo(creation.Constructor?.ContainingType) && creation.Arguments.Length == 2)
            {
                CheckArgumentsParameter(context, creation.Arguments[1]);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "Start" && method.IsStatic && IsSystemDiagnostics(method.ContainingType, "Process") && invocation.Arguments.Length >= 2)
            {
                CheckArgumentsParameter(context, invocation.Arguments[1]);
            }
            else if (ShellScriptArguments.IsScriptAdd(invocation))
            {
                Report(context, invocation.Arguments[0].Value, ShellScriptArguments.Description);
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
            string? how = StringBuilding.Describe(value);
            if (how != null)
            {
                Report(context, value, how);
            }
        }

        private static void Report(OperationAnalysisContext context, IOperation value, string how)
            => context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), how));

        private static bool IsStartInfo(INamedTypeSymbol? type) => IsSystemDiagnostics(type, "ProcessStartInfo");

        private static bool IsSystemDiagnostics(INamedTypeSymbol? type, string name)
            => SymbolNames.IsType(type, "System.Diagnostics", name);
    }
}
