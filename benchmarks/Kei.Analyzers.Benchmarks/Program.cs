using System;
using System.Globalization;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Kei.Analyzers.Benchmarks -- [all|analyzers|generator|build] [--rounds N] [--files N]</c>:
/// measures the analyzer, generator and build targets of quality.md side by side and prints one table.
/// Exit code 0 even when a target is missed: the table says by how much; 1 when a benchmark could not run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        // Three analyzer rounds by default: each compiles 200k lines three times (alone, with KEI, with Meziantou).
        int rounds = Option(args, "--rounds", 3);
        var table = new ResultTable();
        Console.WriteLine($"Kei.Analyzers.Benchmarks: {mode}, {rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (mode is "all" or "analyzers")
        {
            var corpus = BenchmarkCorpus.Create(Option(args, "--files", 1000), seed: 2026);
            Console.WriteLine($"corpus: {corpus.Trees.Length} files, {corpus.Lines} lines, {corpus.ErrorCount()} compile errors");
            corpus.FirstErrors(5).ToList().ForEach(e => Console.WriteLine("  " + e));
            new AnalyzerOverheadBenchmark(corpus, AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles()), rounds, Console.Out).Run(table);
        }

        if (mode is "all" or "generator")
        {
            new GeneratorBenchmark(manifests: 100, rounds: Math.Max(30, rounds), Console.Out).Run(table);
        }

        if (mode is "all" or "build")
        {
            new BuildBenchmark(Math.Max(6, rounds), Console.Out).Run(table);
        }

        table.Print(Console.Out);
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
