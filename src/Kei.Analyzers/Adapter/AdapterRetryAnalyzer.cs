using System;
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
    /// KEI020: an adapter that retries — a <c>while</c>/<c>do</c>/<c>for</c> loop whose catch goes round again, or a
    /// Polly retry. The launcher retries and reserves every attempt in the budget ledger; a retry hidden in an adapter
    /// is re-billed silently. <c>foreach</c> loops are item processing, not retries, and are not flagged. A method group
    /// of a retry builder is flagged like a call: it builds the retry when it is called.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AdapterRetryAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.AdapterRetry);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            AdapterScope.Register(context, (start, adapter) =>
            {
                start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => AnalyzeLoop(c, adapter)), OperationKind.Loop);
                start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => AnalyzeRetryCall(c, adapter)), CalledMethods.CallsAndMethodGroups);
            });
        }

        private static void AnalyzeLoop(OperationAnalysisContext context, INamedTypeSymbol adapter)
        {
            var loop = (ILoopOperation)context.Operation;
            if (loop.LoopKind != LoopKind.ForEach && CatchGoesRoundAgain(loop.Body))
            {
                Location location = loop.Syntax.GetFirstToken().GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, adapter.Name, "a loop that catches and goes round again"));
            }
        }

        private static void AnalyzeRetryCall(OperationAnalysisContext context, INamedTypeSymbol adapter)
        {
            IMethodSymbol? method = CalledMethods.Of(context.Operation);
            if (method is null || CalledMethods.IsInNameOf(context.Operation))
            {
                return;
            }

            bool polly = SymbolNames.IsInNamespaceTree(method, "Polly");
            bool retry = method.Name.IndexOf("Retry", StringComparison.Ordinal) >= 0 || method.Name.IndexOf("Resilience", StringComparison.Ordinal) >= 0;
            if (retry && (polly || method.Name.EndsWith("ResilienceHandler", StringComparison.Ordinal)))
            {
                string what = "a resilience pipeline '" + method.Name + "'";
                context.ReportDiagnostic(Diagnostic.Create(Rule, SyntaxLocations.MemberName(context.Operation.Syntax), adapter.Name, what));
            }
        }

        /// <summary>A try in the loop body (not in a nested function) with a catch that neither rethrows, returns nor breaks.</summary>
        private static bool CatchGoesRoundAgain(IOperation body)
        {
            foreach (IOperation operation in body.DescendantsAndSelf())
            {
                if (operation is ITryOperation tryOperation && !IsInNestedFunction(tryOperation, body))
                {
                    foreach (ICatchClauseOperation clause in tryOperation.Catches)
                    {
                        if (!EndsTheLoop(clause.Handler))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool EndsTheLoop(IBlockOperation handler)
        {
            if (handler.Operations.Length == 0)
            {
                return false;
            }

            IOperation last = handler.Operations[handler.Operations.Length - 1];
            return last is IThrowOperation or IReturnOperation
                || (last is IExpressionStatementOperation statement && statement.Operation is IThrowOperation)
                || (last is IBranchOperation branch && branch.BranchKind != BranchKind.Continue);
        }

        private static bool IsInNestedFunction(IOperation operation, IOperation boundary)
        {
            for (IOperation? parent = operation.Parent; parent != null && parent != boundary; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
