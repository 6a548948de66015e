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
    /// KEI021: <c>Console.Write*</c>, <c>Console.Out</c> or the standard output stream in an adapter. Stdout carries only
    /// the final envelope; one stray line breaks every consumer that parses it. Logs go through ILogger (NDJSON on stderr).
    /// A method group (<c>lines.ForEach(Console.WriteLine)</c>) writes when it is called, so it is flagged too.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AdapterConsoleAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.AdapterConsole);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            AdapterScope.Register(context, (start, adapter) =>
                start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, adapter)), OperationKind.Invocation, OperationKind.MethodReference, OperationKind.PropertyReference));
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol adapter)
        {
            ISymbol? member = context.Operation is IPropertyReferenceOperation property ? property.Property : CalledMethods.Of(context.Operation);
            if (member != null && IsConsole(member.ContainingType) && WritesToStdout(member.Name) && !CalledMethods.IsInNameOf(context.Operation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), adapter.Name));
            }
        }

        private static bool WritesToStdout(string name)
            => name.StartsWith("Write", StringComparison.Ordinal) || name == "Out" || name == "OpenStandardOutput";

        private static bool IsConsole(INamedTypeSymbol? type)
            => SymbolNames.IsType(type, "System", "Console");
    }
}
