using System.Collections.Immutable;
using System.Globalization;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI003: a GpuFunction without bounded retries (no <c>Retries</c>, <c>Retries = null</c>, or a constant
    /// <c>MaxRetries</c> outside <c>min_retries</c>..<c>max_retries</c>). Without retries one lost node ends a run;
    /// unbounded retries re-bill a failing job again and again.
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
            int min = policy.GetInt(tree, LauncherPolicy.MinRetries, RuleDefaults.MinRetries);
            int max = policy.GetInt(tree, LauncherPolicy.MaxRetries, RuleDefaults.MaxRetries);
            ISimpleAssignmentOperation? retries = InitializerAssignments.Find(InitializerAssignments.Of(context.Operation), "Retries");
            if (retries is null)
            {
                if (context.Operation is IObjectCreationOperation)
                {
                    Report(context, SyntaxLocations.CreationHead(context.Operation.Syntax), AddRetries, "is created without Retries", min, max);
                }
            }
            else if (OperationValues.IsNullOrDefault(retries.Value))
            {
                Report(context, retries.Syntax.GetLocation(), ReplaceNull, "sets Retries = null", min, max);
            }
            else if (OutOfRangeMaxRetries(retries.Value, types, min, max) is IOperation constant && OperationValues.TryGetInt(constant, out int value))
            {
                string what = "sets MaxRetries = " + value.ToString(CultureInfo.InvariantCulture);
                Report(context, constant.Syntax.GetLocation(), ReplaceConstant, what, min, max, value < min ? min : max);
            }
        }

        /// <summary>The constant <c>MaxRetries</c> argument of <c>new Retries(...)</c> when it is outside the bounds.</summary>
        private static IOperation? OutOfRangeMaxRetries(IOperation value, RuntimeTypes types, int min, int max)
        {
            if (OperationValues.Unwrap(value) is not IObjectCreationOperation creation || !RuntimeTypes.Is(creation.Type, types.Retries))
            {
                return null;
            }

            IArgumentOperation? argument = OperationValues.FindArgument(creation.Arguments, "MaxRetries");
            if (argument is null || !OperationValues.TryGetInt(argument.Value, out int count))
            {
                return null;
            }

            return count < min || count > max ? argument.Value : null;
        }

        /// <summary>Reports with what the fix needs: the kind of edit and the bound to write (the nearest one for a constant).</summary>
        private static void Report(OperationAnalysisContext context, Location location, string fixKind, string what, int min, int max, int? replacement = null)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(LauncherRuleIds.FixKindProperty, fixKind)
                .Add(LauncherRuleIds.MinRetriesProperty, min.ToString(CultureInfo.InvariantCulture))
                .Add(LauncherRuleIds.MaxRetriesProperty, max.ToString(CultureInfo.InvariantCulture))
                .Add(LauncherRuleIds.ReplacementProperty, (replacement ?? min).ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, what, min, max));
        }
    }
}
