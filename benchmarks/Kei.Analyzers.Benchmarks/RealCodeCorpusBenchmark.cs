using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The analyzer benchmark over real code: each folder given (default: the repository's own <c>src/</c>) is one
/// compilation of all its C# files, measured as the generated corpus is (compile alone, KEI, Meziantou, alternating
/// rounds, medians), with its own rows in the table: the KEI share of compile and the per-rule figures.
/// </summary>
internal sealed class RealCodeCorpusBenchmark(IReadOnlyList<string> folders, IReadOnlyList<string> referenceFolders, bool implicitUsings, int rounds, TextWriter log)
{
    public const string DefaultFolder = "src";

    public void Run(ResultTable table)
    {
        foreach (string folder in folders)
        {
            string path = Resolve(folder);
            var corpus = BenchmarkCorpus.FromFolder(path, referenceFolders.Select(Resolve).ToList(), implicitUsings);
            log.WriteLine($"corpus {corpus.Source}: {corpus.Trees.Length} files, {corpus.Lines} lines, {corpus.ErrorCount()} compile errors");
            corpus.FirstErrors(5).ToList().ForEach(e => log.WriteLine("  " + e));
            var options = AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles());
            new AnalyzerOverheadBenchmark(corpus, options, rounds, log, corpus.Source).Run(table);
        }
    }

    /// <summary>A folder as given: relative to the working directory when it exists there, else to the repository.</summary>
    private static string Resolve(string folder)
    {
        string path = Path.GetFullPath(folder);
        return Directory.Exists(path) ? path : RepositoryLayout.PathOf(folder);
    }
}
