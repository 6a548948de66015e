using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the Kei.Analyzers assembly ships, found by reflection as the compiler finds them.</summary>
public static class AnalyzerCatalog
{
    public static IReadOnlyList<DiagnosticAnalyzer> All { get; } = typeof(KeiDescriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    /// <summary>The analyzers of the Constructor Pattern rules (KEI1xx).</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Design { get; } = All
        .Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("KEI1", StringComparison.Ordinal)))
        .ToArray();
}
