using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Kei.Analyzers.Benchmarks -- [all|analyzers|generator|build|profile] [--rounds N] [--files N]</c>:
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
        bool ran = Section(mode, "analyzers", table, () =>
        {
            // 1,100 generated files plus src/ make the ≥ 1,000 files and ≥ 200k lines quality.md asks for.
            var corpus = BenchmarkCorpus.Create(Option(args, "--files", 1100), seed: 2026);
            Console.WriteLine($"corpus: {corpus.Trees.Length} files, {corpus.Lines} lines, {corpus.ErrorCount()} compile errors");
            corpus.FirstErrors(5).ToList().ForEach(e => Console.WriteLine("  " + e));
            new AnalyzerOverheadBenchmark(corpus, AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles()), rounds, Console.Out).Run(table);
        });
        // Not part of "all": the KEI pass alone, for a sampling profiler (docs/performance.md, "Profile").
        ran &= mode != "profile" || Section(mode, "profile", table, () => new AnalyzerOverheadBenchmark(
            BenchmarkCorpus.Create(Option(args, "--files", 1100), seed: 2026),
            AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles()), rounds, Console.Out).Profile());
        ran &= Section(mode, "generator", table, () => new GeneratorBenchmark(manifests: 100, rounds: Math.Max(30, rounds), Console.Out).Run(table));
        ran &= Section(mode, "build", table, () => new BuildBenchmark(Math.Max(10, rounds), Console.Out).Run(table));
        Console.WriteLine();
        Console.WriteLine("=== all results");
        table.Print(Console.Out);
        return ran ? 0 : 1;
    }

    /// <summary>
    /// Runs one benchmark when the mode asks for it and prints the table so far: a later failure (a build that breaks
    /// on a shared machine) must not lose the figures already measured.
    /// </summary>
    private static bool Section(string mode, string name, ResultTable table, Action run)
    {
        if (mode != "all" && mode != name)
        {
            return true;
        }

        try
        {
            run();
            table.Print(Console.Out);
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            Console.WriteLine(name + " benchmark failed: " + exception.Message);
            table.Info(name + " benchmark", "FAILED to run: " + exception.Message.Split('\n')[0]);
            return false;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
