using System.Collections.Immutable;
using System.Globalization;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI003: a GpuFunction without bounded retries (no <c>Retries</c>, <c>Retries = null</c>, or a constant
    /// <c>MaxRetries</c> outside <c>min_retries</c>..<c>max_retries</c>). Without retries one lost node ends a run;
    /// unbounded retries re-bill a failing job again and again. Each value <c>Retries</c> and <c>MaxRetries</c> can have
    /// is judged (<see cref="PossibleValues"/>): one <c>null</c> arm of a <c>?:</c> is a path without retries.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetriesAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Values of <see cref="LauncherRuleIds.FixKindProperty"/>: what the code fix changes.</summary>
        public const string AddRetries = "AddRetries";
        public const string ReplaceNull = "ReplaceNull";
        public const string ReplaceConstant = "ReplaceConstant";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.Retries);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.GpuFunction != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, types, policy)), OperationKind.ObjectCreation, OperationKind.With);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            if (!RuntimeTypes.Is(context.Operation.Type, types.GpuFunction))
            {
                return;
            }

            SyntaxTree tree = context.Operation.Syntax.SyntaxTree;
            var bounds = (Min: policy.GetInt(tree, LauncherPolicy.MinRetries, RuleDefaults.MinRetries), Max: policy.GetInt(tree, LauncherPolicy.MaxRetries, RuleDefaults.MaxRetries));
            ISimpleAssignmentOperation? retries = MemberValues.Assignment(context.Operation, "Retries");
            if (retries is null)
            {
                if (context.Operation is IObjectCreationOperation)
                {
                    Report(context, SyntaxLocations.CreationHead(context.Operation.Syntax), AddRetries, "is created without Retries", bounds);
                }

                return;
            }

            JudgeValues(context, retries, types, bounds);
        }

        /// <summary>Each value the member can have: <c>null</c>/<c>default</c>, or a <c>new Retries(...)</c> to check.</summary>
        private static void JudgeValues(OperationAnalysisContext context, ISimpleAssignmentOperation retries, RuntimeTypes types, (int Min, int Max) bounds)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(retries.Value))
            {
                if (Constants.IsNullOrDefault(leaf.Value))
                {
                    // The whole value (perhaps through a local) is the member's; one arm of a ?: is that arm alone.
                    Location location = leaf.IsWhole(retries.Value) ? retries.Syntax.GetLocation() : leaf.Site.Syntax.GetLocation();
                    Report(context, location, ReplaceNull, "sets Retries = null", bounds);
                }
                else if (RuntimeTypes.Is(leaf.Value.Type, types.Retries))
                {
                    ReportOutOfRange(context, leaf.Value, bounds);
                }
            }
        }

        /// <summary>Each constant <c>MaxRetries</c> of <c>new Retries(...)</c> outside the bounds, at the constant.</summary>
        private static void ReportOutOfRange(OperationAnalysisContext context, IOperation retries, (int Min, int Max) bounds)
        {
            IArgumentOperation? argument = retries is IObjectCreationOperation creation ? CallArguments.Named(creation.Arguments, "MaxRetries") : null;
            if (argument is null)
            {
                return;
            }

            foreach (ValueLeaf leaf in PossibleValues.Of(argument.Value))
            {
                if (Constants.TryGetInt(leaf.Value, out int count) && (count < bounds.Min || count > bounds.Max))
                {
                    string what = "sets MaxRetries = " + count.ToString(CultureInfo.InvariantCulture);
                    Report(context, leaf.Site.Syntax.GetLocation(), ReplaceConstant, what, bounds, count < bounds.Min ? bounds.Min : bounds.Max);
                }
            }
        }

        /// <summary>Reports with what the fix needs: the kind of edit and the bound to write (the nearest one for a constant).</summary>
        private static void Report(OperationAnalysisContext context, Location location, string fixKind, string what, (int Min, int Max) bounds, int? replacement = null)
        {
            (int min, int max) = bounds;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(LauncherRuleIds.FixKindProperty, fixKind)
                .Add(LauncherRuleIds.MinRetriesProperty, min.ToString(CultureInfo.InvariantCulture))
                .Add(LauncherRuleIds.MaxRetriesProperty, max.ToString(CultureInfo.InvariantCulture))
                .Add(LauncherRuleIds.ReplacementProperty, (replacement ?? min).ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, what, min, max));
        }
    }
}
