using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Kei.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>The two analyzer sets compared: every KEI analyzer (by reflection, as the compiler finds them) and every Meziantou analyzer.</summary>
internal static class AnalyzerSets
{
    public static ImmutableArray<DiagnosticAnalyzer> Kei()
        => typeof(AgentPolicyGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Loaded from the package's DLLs through an <see cref="AnalyzerFileReference"/>, as the compiler loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Meziantou()
    {
        var loader = new AnalyzerAssemblyLoader();
        return Directory.GetFiles(RepositoryLayout.MeziantouAnalyzerFolder(), "*.dll")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    /// <summary>Analyzers the driver runs at all: at least one rule enabled by default (the others cost nothing and are left out of medians).</summary>
    public static bool IsEnabledByDefault(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics.Any(d => d.IsEnabledByDefault);
}
