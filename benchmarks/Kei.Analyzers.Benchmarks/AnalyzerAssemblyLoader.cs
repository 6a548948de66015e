using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Benchmarks;

/// <summary>Loads analyzer DLLs into the default context: the benchmark hosts one Roslyn, the one the analyzers bind to.</summary>
internal sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
        // Meziantou.Analyzer ships no dependencies beside its DLLs; nothing to record.
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
