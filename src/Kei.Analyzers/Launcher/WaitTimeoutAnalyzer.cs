using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI013: waiting on a job (<c>JobCall.GetAsync</c> / <c>WaitAsync</c>) with no timeout, <c>null</c>, or an infinite
    /// one. A lost job then holds the launcher, and the GPUs it reserved, forever.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WaitTimeoutAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the timeout argument is absent (the fix adds one) or present (the fix replaces it).</summary>
        public const string TimeoutMissing = "Missing";
        public const string TimeoutInfinite = "Infinite";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.WaitTimeout);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? jobCall = RuntimeTypes.TryLoad(start.Compilation)?.JobCall;
                if (jobCall != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, jobCall)), OperationKind.Invocation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol jobCall)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if ((method.Name != "GetAsync" && method.Name != "WaitAsync") || !RuntimeTypes.Is(method.ContainingType, jobCall))
            {
                return;
            }

            IArgumentOperation? timeout = OperationValues.Argument(invocation, "timeout");
            string? problem = timeout is null || timeout.ArgumentKind == ArgumentKind.DefaultValue ? "with no timeout"
                : OperationValues.IsNullOrDefault(timeout.Value) ? "with a null timeout (waits forever)"
                : IsInfinite(timeout.Value) ? "with an infinite timeout" : null;
            if (problem != null)
            {
                string kind = timeout is null || timeout.ArgumentKind == ArgumentKind.DefaultValue ? TimeoutMissing : TimeoutInfinite;
                var properties = ImmutableDictionary<string, string?>.Empty.Add(LauncherRuleIds.FixKindProperty, kind);
                context.ReportDiagnostic(Diagnostic.Create(Rule, SyntaxLocations.MemberName(invocation.Syntax), properties, method.Name, problem));
            }
        }

        /// <summary><c>Timeout.InfiniteTimeSpan</c> or <c>TimeSpan.MaxValue</c>.</summary>
        private static bool IsInfinite(IOperation value)
            => OperationValues.Unwrap(value) is IFieldReferenceOperation field
               && ((field.Field.Name == "InfiniteTimeSpan" && SymbolNames.IsType(field.Field.ContainingType, "System.Threading", "Timeout"))
                   || (field.Field.Name == "MaxValue" && SymbolNames.IsType(field.Field.ContainingType, "System", "TimeSpan")));
    }
}
