using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI012: stopping a running job with a confirmation no person gave — <c>default</c>, <c>new StopConfirmation()</c>
    /// or <c>StopConfirmation.FromUser</c> of a constant (the phrase itself included). A hard-coded phrase once stopped a
    /// 1.4-hour training run for a minor bug: the confirmation must be typed at run time.
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
                string? problem = RuntimeTypes.Is(argument.Parameter?.Type, types.StopConfirmation) ? Describe(argument, types) : null;
                if (problem != null)
                {
                    Location location = argument.IsImplicit ? SyntaxLocations.MemberName(invocation.Syntax) : argument.Syntax.GetLocation();
                    context.ReportDiagnostic(Diagnostic.Create(Rule, location, method.Name, problem));
                }
            }
        }

        /// <summary>Why the confirmation did not come from a person, or null when it may have.</summary>
        private static string? Describe(IArgumentOperation argument, RuntimeTypes types)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return "is left out (default)";
            }

            IOperation value = OperationValues.FollowLocal(argument.Value);
            switch (value)
            {
                case IDefaultValueOperation:
                    return "is default";
                case IObjectCreationOperation creation when RuntimeTypes.Is(creation.Type, types.StopConfirmation) && creation.Arguments.Length == 0:
                    return "is new StopConfirmation() (never confirmed)";
                case IInvocationOperation { TargetMethod.Name: "FromUser" } fromUser
                    when RuntimeTypes.Is(fromUser.TargetMethod.ContainingType, types.StopConfirmation)
                         && fromUser.Arguments.Length == 1
                         && OperationValues.TryGetString(fromUser.Arguments[0].Value, out string phrase):
                    return "is built from the constant \"" + phrase + "\"";
                default:
                    return null;
            }
        }
    }
}
