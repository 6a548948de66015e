using System;
using System.Globalization;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// What KEI005 (checkpoints) and KEI006 (progress) share: a GpuFunction property whose constant must lie in
    /// 1..limit, and a loop whose <c>step % N</c> guard around the action (<see cref="StepGuardPattern"/>) uses a
    /// constant N above the limit. Each value the property or N can have is judged (<see cref="PossibleValues"/>).
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
            start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => AnalyzeLoopGuard(c, policy)), OperationKind.Conditional, OperationKind.Switch, OperationKind.SwitchExpression);
        }

        private void AnalyzeFunction(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            ISimpleAssignmentOperation? assignment = RuntimeTypes.Is(context.Operation.Type, types.GpuFunction)
                ? MemberValues.Assignment(context.Operation, propertyName)
                : null;
            if (assignment != null)
            {
                // Most functions leave the property at its default: the policy is looked up only for one that sets it.
                ReportOutside(context, assignment.Value, policy, allowsZero: false);
            }
        }

        private void AnalyzeLoopGuard(OperationAnalysisContext context, LauncherPolicy policy)
        {
            // Runs for every if, ?: and switch of the compilation: the values are read only for the rare guard that matches.
            IOperation? divisor = context.Operation is IConditionalOperation conditional
                ? StepGuardPattern.FindInterval(conditional, isGuardedAction)
                : StepGuardPattern.FindInterval(context.Operation, isGuardedAction);
            if (divisor != null)
            {
                ReportOutside(context, divisor, policy, allowsZero: true);
            }
        }

        /// <summary>Reports each constant value above the limit (or, for the property, at most zero) where it enters.</summary>
        private void ReportOutside(OperationAnalysisContext context, IOperation value, LauncherPolicy policy, bool allowsZero)
        {
            int? limit = null;
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                if (!Constants.TryGetInt(leaf.Value, out int interval))
                {
                    continue;
                }

                limit ??= policy.GetInt(context.Operation.Syntax.SyntaxTree, limitParam, defaultLimit);
                if (interval > limit || (interval <= 0 && !allowsZero))
                {
                    Report(context, leaf.Site, interval, limit.Value);
                }
            }
        }

        private void Report(OperationAnalysisContext context, IOperation value, int interval, int limit)
            => context.ReportDiagnostic(Diagnostic.Create(
                rule, value.Syntax.GetLocation(), interval.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)));
    }
}
