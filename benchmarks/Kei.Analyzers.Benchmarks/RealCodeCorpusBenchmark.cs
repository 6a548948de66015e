using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The analyzer benchmark over real code: each folder given (default: the repository's own <c>src/</c>) is one
/// compilation of all its C# files, measured as the generated corpus is (compile alone, KEI, Meziantou, alternating
/// rounds, medians), with its own rows in the table: the KEI share of compile and the per-rule figures.
/// </summary>
internal sealed class RealCodeCorpusBenchmark(IReadOnlyList<string> folders, IReadOnlyList<string> referenceFolders, bool implicitUsings, int rounds, TextWriter log)
{
    public const string DefaultFolder = "src";

    /// <summary>Rule ids whose findings are printed after the timing (<c>--list</c>).</summary>
    public IReadOnlyList<string> ListedRules { get; init; } = [];

    public void Run(ResultTable table)
    {
        foreach (string folder in folders)
        {
            string path = Resolve(folder);
            var corpus = BenchmarkCorpus.FromFolder(path, referenceFolders.Select(Resolve).ToList(), implicitUsings);
            log.WriteLine($"corpus {corpus.Source}: {corpus.Trees.Length} files, {corpus.Lines} lines, {corpus.ErrorCount()} compile errors");
            corpus.FirstErrors(5).ToList().ForEach(e => log.WriteLine("  " + e));
            var options = AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles());
            var benchmark = new AnalyzerOverheadBenchmark(corpus, options, rounds, log, corpus.Source);
            benchmark.Run(table);
            ListFindings(corpus, benchmark, options);
        }
    }

    private void ListFindings(BenchmarkCorpus corpus, AnalyzerOverheadBenchmark benchmark, AnalyzerOptions options)
    {
        if (ListedRules.Count == 0)
        {
            return;
        }

        var findings = corpus.Compilation.WithAnalyzers(benchmark.Kei, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => ListedRules.Contains(d.Id))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start);
        log.WriteLine($"findings of {string.Join(", ", ListedRules)} in {corpus.Source}:");
        foreach (Microsoft.CodeAnalysis.Diagnostic finding in findings)
        {
            var line = finding.Location.GetLineSpan();
            log.WriteLine($"  {line.Path}({line.StartLinePosition.Line + 1},{line.StartLinePosition.Character + 1}): {finding.Id} {finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>A folder as given: relative to the working directory when it exists there, else to the repository.</summary>
    private static string Resolve(string folder)
    {
        string path = Path.GetFullPath(folder);
        return Directory.Exists(path) ? path : RepositoryLayout.PathOf(folder);
    }
}
