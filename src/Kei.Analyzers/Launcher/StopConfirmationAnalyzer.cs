using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI012: stopping a running job with a confirmation no person gave — <c>default</c>, <c>new StopConfirmation()</c>
    /// or <c>StopConfirmation.FromUser</c> of a constant (the phrase itself included). A hard-coded phrase once stopped a
    /// 1.4-hour training run for a minor bug: the confirmation must be typed at run time. Every value the argument can
    /// have is judged (<see cref="PossibleValues"/>). Where the typed text has alternatives, a constant one counts only
    /// when it is the stop phrase itself: <c>Console.ReadLine() ?? ""</c> guards against a closed input (and
    /// <c>FromUser("")</c> refuses to confirm), while <c>?? StopConfirmation.Phrase</c> stops a job nobody confirmed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StopConfirmationAnalyzer : DiagnosticAnalyzer
    {
        private const string CancelName = "CancelAsync";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.StopConfirmation);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.StopConfirmation != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, types)), OperationKind.Invocation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, RuntimeTypes types)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name != CancelName || !(RuntimeTypes.Is(method.ContainingType, types.JobCall) || types.IsAdapter(method.ContainingType)))
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (RuntimeTypes.Is(argument.Parameter?.Type, types.StopConfirmation))
                {
                    Judge(context, invocation, argument, types);
                }
            }
        }

        private static void Judge(OperationAnalysisContext context, IInvocationOperation invocation, IArgumentOperation argument, RuntimeTypes types)
        {
            string method = invocation.TargetMethod.Name;
            if (!CallArguments.IsWritten(argument))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, SyntaxLocations.MemberName(invocation.Syntax), method, "is left out (default)"));
                return;
            }

            foreach (ValueLeaf leaf in PossibleValues.Of(argument.Value))
            {
                string? problem = Describe(leaf.Value, types);
                if (problem != null)
                {
                    SyntaxNode at = leaf.IsWhole(argument.Value) ? argument.Syntax : leaf.Site.Syntax;
                    context.ReportDiagnostic(Diagnostic.Create(Rule, at.GetLocation(), method, problem));
                }
            }
        }

        /// <summary>Why the confirmation did not come from a person, or null when it may have.</summary>
        private static string? Describe(IOperation value, RuntimeTypes types)
        {
            switch (value)
            {
                case IDefaultValueOperation:
                    return "is default";
                case IObjectCreationOperation creation when RuntimeTypes.Is(creation.Type, types.StopConfirmation) && creation.Arguments.Length == 0:
                    return "is new StopConfirmation() (never confirmed)";
                case IInvocationOperation { TargetMethod.Name: "FromUser" } fromUser when RuntimeTypes.Is(fromUser.TargetMethod.ContainingType, types.StopConfirmation):
                    return ConstantPhrase(CallArguments.AtParameter(fromUser.Arguments, 0)?.Value, StopPhrase(types.StopConfirmation!));
                default:
                    return null;
            }
        }

        /// <summary>
        /// "is built from the constant ..." when the typed text is a compile-time constant, or has the stop phrase itself
        /// as one of its alternatives; null otherwise.
        /// </summary>
        private static string? ConstantPhrase(IOperation? typed, string? stopPhrase)
        {
            foreach (ValueLeaf leaf in typed is null ? new System.Collections.Generic.List<ValueLeaf>() : PossibleValues.Of(typed))
            {
                bool confirms = Constants.TryGetString(leaf.Value, out string phrase) && (leaf.IsWhole(typed!) || phrase.Trim() == stopPhrase);
                if (confirms)
                {
                    return "is built from the constant \"" + phrase + "\"";
                }
            }

            return null;
        }

        /// <summary>The runtime's <c>StopConfirmation.Phrase</c>, the one text that confirms a stop.</summary>
        private static string? StopPhrase(INamedTypeSymbol stopConfirmation)
        {
            foreach (ISymbol member in stopConfirmation.GetMembers("Phrase"))
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string phrase })
                {
                    return phrase;
                }
            }

            return null;
        }
    }
}
