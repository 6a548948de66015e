using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI013: waiting on a job (<c>JobCall.GetAsync</c> / <c>WaitAsync</c>) with no timeout, <c>null</c>, or an infinite
    /// one (<c>Timeout.InfiniteTimeSpan</c>, <c>TimeSpan.MaxValue</c>, a constant −1 ms). A lost job then holds the
    /// launcher, and the GPUs it reserved, forever. Every value the timeout can have is judged (<see cref="PossibleValues"/>);
    /// the fix is offered only where the whole argument is the problem, not one arm of a <c>?:</c> or <c>??</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WaitTimeoutAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the timeout argument is absent (the fix adds one) or present (the fix replaces it).</summary>
        public const string TimeoutMissing = "Missing";
        public const string TimeoutInfinite = "Infinite";

        /// <summary>Diagnostic property: one alternative of the timeout waits forever; replacing the argument would drop the others.</summary>
        public const string TimeoutAlternative = "Alternative";

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

            IArgumentOperation? timeout = CallArguments.Named(invocation.Arguments, "timeout");
            if (timeout is null || !CallArguments.IsWritten(timeout))
            {
                Report(context, invocation, TimeoutMissing, "with no timeout");
                return;
            }

            foreach (ValueLeaf leaf in PossibleValues.Of(timeout.Value))
            {
                string? problem = Constants.IsNullOrDefault(leaf.Value) ? "with a null timeout (waits forever)"
                    : IsInfinite(leaf.Value) ? "with an infinite timeout" : null;
                if (problem != null)
                {
                    Report(context, invocation, leaf.IsWhole(timeout.Value) ? TimeoutInfinite : TimeoutAlternative, problem);
                    return;
                }
            }
        }

        private static void Report(OperationAnalysisContext context, IInvocationOperation invocation, string kind, string problem)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(LauncherRuleIds.FixKindProperty, kind);
            context.ReportDiagnostic(Diagnostic.Create(Rule, SyntaxLocations.MemberName(invocation.Syntax), properties, invocation.TargetMethod.Name, problem));
        }

        /// <summary><c>Timeout.InfiniteTimeSpan</c>, <c>TimeSpan.MaxValue</c>, or a constant TimeSpan of −1 ms (the infinite wait).</summary>
        private static bool IsInfinite(IOperation value)
        {
            if (value is IFieldReferenceOperation field)
            {
                return (field.Field.Name == "InfiniteTimeSpan" && SymbolNames.IsType(field.Field.ContainingType, "System.Threading", "Timeout"))
                    || (field.Field.Name == "MaxValue" && SymbolNames.IsType(field.Field.ContainingType, "System", "TimeSpan"));
            }

            return ConstantTimeSpan.TryEvaluate(value, out double hours) && System.Math.Abs((hours * 3_600_000) + 1) < 1e-9;
        }
    }
}
