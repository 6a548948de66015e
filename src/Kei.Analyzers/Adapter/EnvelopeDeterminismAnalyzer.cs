using System.Collections.Generic;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// KEI023: a clock, random, GUID, process id or host name value flowing into an Envelope construction
    /// (<c>Envelope.Success</c>/<c>Failure</c>/<c>Create</c>, <c>JobContext.WriteSuccessAsync</c>/<c>WriteErrorAsync</c>).
    /// "Flowing" means: inside the construction's arguments, or through a local assigned once from such a value. Values
    /// passed through fields, parameters, helper methods or later mutations of a collection are not followed.
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
                if (!argument.IsImplicit)
                {
                    ReportSources(context, argument.Value, followLocals: true);
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

        private static void ReportSources(OperationAnalysisContext context, IOperation value, bool followLocals)
        {
            foreach (IOperation operation in Walk(value))
            {
                string? source = NondeterministicSources.Describe(operation);
                if (source != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), "'" + source + "'"));
                }
                else if (followLocals && operation is ILocalReferenceOperation local && FirstSourceIn(local) is string via)
                {
                    string what = "'" + local.Local.Name + "' (from '" + via + "')";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), what));
                }
            }
        }

        private static string? FirstSourceIn(ILocalReferenceOperation local)
        {
            IOperation? initializer = SingleAssignmentScan.FindSingleInitializer(OperationValues.Root(local), local.Local);
            if (initializer is null)
            {
                return null;
            }

            foreach (IOperation operation in Walk(initializer))
            {
                if (NondeterministicSources.Describe(operation) is string source)
                {
                    return source;
                }
            }

            return null;
        }

        /// <summary>
        /// The value and what it is computed from, without entering lambdas (their bodies run elsewhere) and without
        /// entering a source (<c>Stopwatch.StartNew().Elapsed</c> is one finding, not two).
        /// </summary>
        private static IEnumerable<IOperation> Walk(IOperation root)
        {
            var pending = new Stack<IOperation>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                yield return operation;
                if (NondeterministicSources.Describe(operation) != null)
                {
                    continue;
                }

                foreach (IOperation child in operation.ChildOperations)
                {
                    if (child is not IAnonymousFunctionOperation)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}
