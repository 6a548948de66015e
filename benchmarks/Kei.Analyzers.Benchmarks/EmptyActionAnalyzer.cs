using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// A calibration analyzer that subscribes to one operation kind and does nothing: its measured time is the driver's
/// own cost of calling any rule that must look at every operation of that kind (every call, every object creation),
/// the floor under such a rule's figure. It runs in the KEI pass and is reported apart from the KEI analyzers.
/// </summary>
#pragma warning disable RS1001, RS2008 // handed to the driver directly and never shipped: no [DiagnosticAnalyzer], no release tracking
internal sealed class EmptyActionAnalyzer(OperationKind kind) : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "CAL001", "Calibration", "Calibration", "Calibration", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public OperationKind Kind { get; } = kind;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(_ => { }, Kind);
    }
}
