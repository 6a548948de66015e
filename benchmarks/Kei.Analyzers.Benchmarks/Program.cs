using System;
using System.Globalization;
using System.IO;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Kei.Analyzers.Benchmarks -- [all|analyzers|generator|build|profile] [--rounds N] [--files N]</c>:
/// measures the analyzer, generator and build targets (docs/performance.md) side by side and prints one table.
/// <c>-- corpus [FOLDER ...] [--references FOLDER] [--implicit-usings] [--list KEI022,KEI024] [--rounds N]</c> runs the
/// analyzer benchmark over real code (and prints the findings of the listed rules):
/// each folder (default <c>src</c>) is one compilation. Exit code 0 even when a target is missed: the table says by how
/// much; 1 when a benchmark could not run.
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
            // 1,100 generated files plus src/'s analyzer projects make the corpus of at least 1,000 files and 200k lines.
            var corpus = BenchmarkCorpus.Create(Option(args, "--files", 1100), seed: 2026);
            Console.WriteLine($"corpus: {corpus.Trees.Length} files, {corpus.Lines} lines, {corpus.ErrorCount()} compile errors");
            corpus.FirstErrors(5).ToList().ForEach(e => Console.WriteLine("  " + e));
            new AnalyzerOverheadBenchmark(corpus, AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles()), rounds, Console.Out).Run(table);
        });
        // Not part of "all": the KEI pass alone, for a sampling profiler (docs/performance.md, "Profile").
        ran &= mode != "profile" || Section(mode, "profile", table, () => new AnalyzerOverheadBenchmark(
            BenchmarkCorpus.Create(Option(args, "--files", 1100), seed: 2026),
            AgentFileInputs.AnalyzerOptions(AgentFileInputs.ProjectFiles()), rounds, Console.Out).Profile());
        // Not part of "all": real code, one compilation per folder (docs/performance.md, "Real code").
        ran &= mode != "corpus" || Section(mode, "corpus", table, () => new RealCodeCorpusBenchmark(
            Folders(args), Values(args, "--references"), args.Contains("--implicit-usings"), rounds, Console.Out)
        {
            ListedRules = [.. Values(args, "--list").SelectMany(ids => ids.Split(','))],
        }.Run(table));
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

    /// <summary>The folders after the <c>corpus</c> mode (not options nor their values); <c>src</c> when none is given.</summary>
    private static IReadOnlyList<string> Folders(string[] args)
    {
        var folders = new List<string>();
        for (int i = Array.IndexOf(args, "corpus") + 1; i > 0 && i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i += args[i] == "--implicit-usings" ? 0 : 1;
                continue;
            }

            folders.Add(args[i]);
        }

        return folders.Count > 0 ? folders : [RealCodeCorpusBenchmark.DefaultFolder];
    }

    private static IReadOnlyList<string> Values(string[] args, string name)
        => [.. args.Select((value, i) => (value, i)).Where(p => p.i > 0 && args[p.i - 1] == name).Select(p => p.value)];

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
