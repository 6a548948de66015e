using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The analyzer targets (docs/performance.md) in one process: rounds alternate a compile without analyzers, a pass
/// with every KEI analyzer and a pass with every Meziantou analyzer over the same corpus; medians are compared.
/// Each pass runs on a fresh clone of the compilation, so no round reuses another's bound trees.
/// </summary>
internal sealed class AnalyzerOverheadBenchmark(BenchmarkCorpus corpus, AnalyzerOptions options, int rounds, TextWriter log, string label = "")
{
    private readonly List<double> compileMs = [];
    private readonly List<double> compileCpuMs = [];
    private readonly List<AnalyzerRun> keiRuns = [];
    private readonly List<AnalyzerRun> meziantouRuns = [];

    /// <summary>
    /// KEI analyzers in name order, or reversed (<c>KEI_BENCH_REVERSE=1</c>): the driver runs them in this order, and
    /// the first to touch a lazily built operation tree pays for it, so reversing shows which costs move with the order.
    /// </summary>
    public ImmutableArray<DiagnosticAnalyzer> Kei { get; } = Environment.GetEnvironmentVariable("KEI_BENCH_REVERSE") == "1"
        ? [.. AnalyzerSets.Kei().Reverse()]
        : AnalyzerSets.Kei();

    public ImmutableArray<DiagnosticAnalyzer> Meziantou { get; } = AnalyzerSets.Meziantou();

    /// <summary>Empty actions on the kinds most KEI rules subscribe to, run in the KEI pass and reported apart.</summary>
    public ImmutableArray<EmptyActionAnalyzer> Calibration { get; } = [new(OperationKind.Invocation), new(OperationKind.ObjectCreation)];

    public void Run(ResultTable table)
    {
        log.WriteLine($"analyzers: {Kei.Length} KEI, {Meziantou.Length} Meziantou; corpus {corpus.Trees.Length} files, {corpus.Lines} lines");
        // Warm-up on a slice of the corpus: JIT and first-use costs land there, not in the first measured round.
        Compile(corpus.WarmUpCompilation(Math.Min(60, corpus.Trees.Length / 4)));
        Analyze([.. Kei, .. Calibration], corpus.WarmUpCompilation(Math.Min(60, corpus.Trees.Length / 4)));
        Analyze(Meziantou, corpus.WarmUpCompilation(Math.Min(60, corpus.Trees.Length / 4)));
        for (int round = 1; round <= rounds; round++)
        {
            (double wall, double cpu) = Compile(corpus.Compilation);
            compileMs.Add(wall);
            compileCpuMs.Add(cpu);
            keiRuns.Add(Analyze([.. Kei, .. Calibration], corpus.Compilation));
            meziantouRuns.Add(Analyze(Meziantou, corpus.Compilation));
            log.WriteLine($"  round {round}/{rounds}: compile {compileMs[^1]:F0} ms, +KEI {keiRuns[^1].WallMs:F0} ms, +Meziantou {meziantouRuns[^1].WallMs:F0} ms");
        }

        new AnalyzerOverheadReport(this, corpus, label).Write(table);
    }

    /// <summary>
    /// The KEI pass alone, round after round, for a sampling profiler to attach to (<c>profile</c> mode,
    /// docs/performance.md): no compile-only or Meziantou passes dilute the samples. Prints each analyzer's time.
    /// </summary>
    public void Profile()
    {
        log.WriteLine($"profile: {Kei.Length} KEI analyzers, {rounds} rounds over {corpus.Trees.Length} files, {corpus.Lines} lines");
        Analyze(Kei, corpus.WarmUpCompilation(60));
        for (int round = 1; round <= rounds; round++)
        {
            keiRuns.Add(Analyze(Kei, corpus.Compilation));
            log.WriteLine($"  round {round}/{rounds}: compile + KEI {keiRuns[^1].WallMs:F0} ms");
        }

        foreach (DiagnosticAnalyzer analyzer in Kei.OrderByDescending(a => Statistics.Median(keiRuns.Select(r => r.ExecutionMs[a]))))
        {
            log.WriteLine($"  {analyzer.GetType().Name,-36} {Statistics.Median(keiRuns.Select(r => r.ExecutionMs[analyzer])),8:F1} ms, {keiRuns[^1].DiagnosticsOf(analyzer),5} diagnostics");
        }
    }

    public double MedianCompileMs => Statistics.Median(compileMs);

    public double MedianCompileCpuMs => Statistics.Median(compileCpuMs);

    public IReadOnlyList<AnalyzerRun> KeiRuns => keiRuns;

    public IReadOnlyList<AnalyzerRun> MeziantouRuns => meziantouRuns;

    /// <summary>Wall and process CPU time of a full compile (binding and flow analysis of every body; no emit).</summary>
    private static (double WallMs, double CpuMs) Compile(Compilation source)
    {
        Settle();
        Compilation compilation = source.Clone();
        double cpu = ProcessCpuMs();
        var watch = Stopwatch.StartNew();
        compilation.GetDiagnostics();
        return (watch.Elapsed.TotalMilliseconds, ProcessCpuMs() - cpu);
    }

    /// <summary>
    /// Collects the garbage of the passes before, so a pass pays for its own allocations only: a pause stops every
    /// thread, and the driver's telemetry charges it to whichever callback is running.
    /// </summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double ProcessCpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private AnalyzerRun Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation source)
    {
        var exceptions = new ConcurrentQueue<string>();
        var analysisOptions = new CompilationWithAnalyzersOptions(
            options, (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception.Message),
            concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        Settle();
        double cpu = ProcessCpuMs();
        TimeSpan pauses = GC.GetTotalPauseDuration();
        int collections = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        CompilationWithAnalyzers withAnalyzers = source.Clone().WithAnalyzers(analyzers, analysisOptions);
        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        double wall = watch.Elapsed.TotalMilliseconds;
        cpu = ProcessCpuMs() - cpu;
        var gc = new GcActivity(GC.CollectionCount(0) - collections, (GC.GetTotalPauseDuration() - pauses).TotalMilliseconds);
        var times = analyzers.ToDictionary(a => a, a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
        int failures = exceptions.Count + diagnostics.Count(d => d.Id is "AD0001" or "AD0002");
        foreach (string exception in exceptions.Take(5))
        {
            log.WriteLine("  analyzer exception: " + exception);
        }

        var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        return new AnalyzerRun(wall, cpu, times, diagnostics.Length, failures, byId, gc);
    }
}
