using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI001: any use of <c>JobLauncher.MapAsync</c>. Its first failure throws and cancels the rest of the batch, so
    /// one bad input kills hours of GPU work; <c>SpawnManyAsync</c> yields every result and cancels nothing. A method
    /// group is a use too (it is called later, with the same effect); <c>nameof(JobLauncher.MapAsync)</c> is not.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MapAsyncAnalyzer : DiagnosticAnalyzer
    {
        public const string MapAsyncName = "MapAsync";
        public const string SpawnManyAsyncName = "SpawnManyAsync";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.MapAsync);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? launcher = RuntimeTypes.TryLoad(start.Compilation)?.JobLauncher;
                if (launcher != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, launcher)), CalledMethods.CallsAndMethodGroups);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol launcher)
        {
            IMethodSymbol? method = CalledMethods.Of(context.Operation);
            if (method != null && method.Name == MapAsyncName && RuntimeTypes.Is(method.ContainingType, launcher) && !CalledMethods.IsInNameOf(context.Operation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, SyntaxLocations.MemberName(context.Operation.Syntax)));
            }
        }
    }
}
