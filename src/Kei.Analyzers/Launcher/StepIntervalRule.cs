using System;
using System.Globalization;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// What KEI005 (checkpoints) and KEI006 (progress) share: a GpuFunction property whose constant must lie in
    /// 1..limit, and a loop whose <c>step % N == 0</c> guard around the action uses a constant N above the limit.
    /// </summary>
    internal sealed class StepIntervalRule
    {
        private readonly DiagnosticDescriptor rule;
        private readonly string propertyName;
        private readonly string limitParam;
        private readonly int defaultLimit;
        private readonly Func<IInvocationOperation, bool> isGuardedAction;

        public StepIntervalRule(DiagnosticDescriptor rule, string propertyName, string limitParam, int defaultLimit, Func<IInvocationOperation, bool> isGuardedAction)
        {
            this.rule = rule;
            this.propertyName = propertyName;
            this.limitParam = limitParam;
            this.defaultLimit = defaultLimit;
            this.isGuardedAction = isGuardedAction;
        }

        public void Register(CompilationStartAnalysisContext start, RuntimeTypes types, LauncherPolicy policy)
        {
            start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => AnalyzeFunction(c, types, policy)), OperationKind.ObjectCreation, OperationKind.With);
            start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => AnalyzeLoopGuard(c, policy)), OperationKind.Conditional);
        }

        private void AnalyzeFunction(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            if (!RuntimeTypes.Is(context.Operation.Type, types.GpuFunction))
            {
                return;
            }

            // The policy lookup waits for a constant interval: most functions leave the property at its default.
            IOperation? value = InitializerAssignments.Value(InitializerAssignments.Of(context.Operation), propertyName);
            if (value is null || !OperationValues.TryGetInt(value, out int interval))
            {
                return;
            }

            int limit = policy.GetInt(context.Operation.Syntax.SyntaxTree, limitParam, defaultLimit);
            if (interval <= 0 || interval > limit)
            {
                Report(context, value, interval, limit);
            }
        }

        private void AnalyzeLoopGuard(OperationAnalysisContext context, LauncherPolicy policy)
        {
            // Runs for every if/?: of the compilation: the policy is looked up only for the rare guard that matches.
            IOperation? divisor = StepGuardPattern.FindInterval((IConditionalOperation)context.Operation, isGuardedAction);
            if (divisor == null || !OperationValues.TryGetInt(divisor, out int interval))
            {
                return;
            }

            int limit = policy.GetInt(context.Operation.Syntax.SyntaxTree, limitParam, defaultLimit);
            if (interval > limit)
            {
                Report(context, divisor, interval, limit);
            }
        }

        private void Report(OperationAnalysisContext context, IOperation value, int interval, int limit)
            => context.ReportDiagnostic(Diagnostic.Create(
                rule, value.Syntax.GetLocation(), interval.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)));
    }
}
