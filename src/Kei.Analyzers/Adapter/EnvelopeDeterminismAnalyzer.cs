using System.Collections.Generic;
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
    /// KEI023: a clock, random, GUID, process id or host name value flowing into an Envelope construction
    /// (<c>Envelope.Success</c>/<c>Failure</c>/<c>Create</c>, <c>JobContext.WriteSuccessAsync</c>/<c>WriteErrorAsync</c>).
    /// "Flowing" means: anywhere inside the construction's arguments (<see cref="ValueWalk"/>: not inside lambdas), or
    /// through locals made from such a value (given once, deconstructed, declared by a pattern, or grown by <c>+=</c>),
    /// up to <see cref="PossibleValues.MaxLocalHops"/> locals deep. Values passed through fields, parameters, helper
    /// methods or later mutations of a collection or builder are not followed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EnvelopeDeterminismAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.EnvelopeDeterminism);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? envelope = RuntimeTypes.TryLoad(start.Compilation)?.Envelope;
                if (envelope != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, envelope)), OperationKind.Invocation, OperationKind.ObjectCreation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol envelope)
        {
            ImmutableArray<IArgumentOperation> arguments = context.Operation switch
            {
                IInvocationOperation invocation when BuildsEnvelope(invocation.TargetMethod, envelope) => invocation.Arguments,
                IObjectCreationOperation creation when RuntimeTypes.Is(creation.Type, envelope) => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (IArgumentOperation argument in arguments)
            {
                if (CallArguments.IsWritten(argument))
                {
                    ReportSources(context, argument.Value);
                }
            }
        }

        private static bool BuildsEnvelope(IMethodSymbol method, INamedTypeSymbol envelope)
        {
            if (method.IsStatic && RuntimeTypes.Is(method.ContainingType, envelope) && RuntimeTypes.Is(method.ReturnType, envelope))
            {
                return true;
            }

            return method.ContainingType?.Name == "JobContext"
                && SymbolNames.IsNamespace(method.ContainingNamespace, "Kei.Runtime")
                && (method.Name == "WriteSuccessAsync" || method.Name == "WriteErrorAsync");
        }

        private static void ReportSources(OperationAnalysisContext context, IOperation value)
        {
            foreach (IOperation operation in ValueWalk.Parts(value, IsSource))
            {
                string? source = NondeterministicSources.Describe(operation);
                if (source != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), "'" + source + "'"));
                }
                else if (operation is ILocalReferenceOperation local && SourceThrough(local, hops: 1) is string via)
                {
                    string what = "'" + local.Local.Name + "' (from '" + via + "')";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), what));
                }
            }
        }

        /// <summary>The first source a local is made from, following the locals it is made from in turn.</summary>
        private static string? SourceThrough(ILocalReferenceOperation local, int hops)
        {
            foreach (IOperation contribution in ValueWalk.Contributions(local))
            {
                foreach (IOperation operation in ValueWalk.Parts(contribution, IsSource))
                {
                    string? source = NondeterministicSources.Describe(operation)
                        ?? (operation is ILocalReferenceOperation inner && hops < PossibleValues.MaxLocalHops ? SourceThrough(inner, hops + 1) : null);
                    if (source != null)
                    {
                        return source;
                    }
                }
            }

            return null;
        }

        /// <summary>A source is one finding: <c>Stopwatch.StartNew().Elapsed</c> is not two.</summary>
        private static bool IsSource(IOperation operation) => NondeterministicSources.Describe(operation) != null;
    }
}
