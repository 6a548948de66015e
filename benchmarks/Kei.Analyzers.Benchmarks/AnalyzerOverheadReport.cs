using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Turns the rounds into the rows of the analyzer targets (docs/performance.md): the KEI total and each KEI analyzer
/// as a share of the compile without analyzers, and each KEI analyzer against the median Meziantou analyzer of the
/// same rounds. With a <paramref name="label"/> (a real-code corpus), every row names the corpus it measured.
/// </summary>
internal sealed class AnalyzerOverheadReport(AnalyzerOverheadBenchmark benchmark, BenchmarkCorpus corpus, string label = "")
{
    private readonly double compileMs = benchmark.MedianCompileMs;

    public void Write(ResultTable table)
    {
        table = table.Labelled(label);
        table.Info("analyzer corpus", $"{corpus.Trees.Length} files ({corpus.GeneratedFiles} generated, {corpus.RealFiles} from {corpus.Source}), {corpus.Lines:N0} lines, {corpus.ErrorCount()} compile errors");
        table.Info("compile without analyzers (median)", ResultTable.Format(compileMs, "F0") + " ms");
        double keiTotal = Statistics.Median(benchmark.KeiRuns.Select(r => benchmark.Kei.Sum(a => r.ExecutionMs[a])));
        table.AtMost($"all {benchmark.Kei.Length} KEI analyzers, share of compile", Percent(keiTotal), 5, "%");
        double meziantouMedian = MeziantouMedianMs();
        foreach (DiagnosticAnalyzer analyzer in benchmark.Kei.OrderByDescending(MedianMs))
        {
            WriteAnalyzer(table, analyzer, meziantouMedian);
        }

        WriteContext(table, keiTotal, meziantouMedian);
        foreach (EmptyActionAnalyzer empty in benchmark.Calibration)
        {
            double ms = Statistics.Median(benchmark.KeiRuns.Select(r => r.ExecutionMs[empty]));
            table.Info($"calibration: an empty {empty.Kind} action (the driver's floor for a rule that sees every one)", ResultTable.Format(ms, "F1") + " ms");
        }
    }

    private void WriteAnalyzer(ResultTable table, DiagnosticAnalyzer analyzer, double meziantouMedian)
    {
        double ms = MedianMs(analyzer);
        double percent = Percent(ms);
        bool met = percent < 1 && ms <= meziantouMedian;
        string miss = percent >= 1 ? "(≥ 1 % of compile)" : "by " + ResultTable.Format(ms - meziantouMedian, "F1") + " ms over the Meziantou median";
        string ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
        table.Target(analyzer.GetType().Name + " (" + ids + ")", "< 1 %, ≤ " + ResultTable.Format(meziantouMedian, "F1") + " ms",
            ResultTable.Format(percent, "F3") + " % (" + ResultTable.Format(ms, "F1") + " ms, " + benchmark.KeiRuns[^1].DiagnosticsOf(analyzer) + " diagnostics)", met, miss);
    }

    private void WriteContext(ResultTable table, double keiTotal, double meziantouMedian)
    {
        double meziantouTotal = Statistics.Median(benchmark.MeziantouRuns.Select(r => r.ExecutionMs.Values.Sum()));
        int ran = benchmark.Meziantou.Count(AnalyzerSets.IsEnabledByDefault);
        table.Info("Meziantou analyzers: total share of compile / median analyzer", $"{ResultTable.Format(Percent(meziantouTotal))} % / {ResultTable.Format(meziantouMedian, "F1")} ms (median of the {ran} of {benchmark.Meziantou.Length} with a rule on by default)");
        table.Info("KEI: compile + analysis vs compile alone (wall / CPU)", Ratio(benchmark.KeiRuns) + " (driver included; KEI callbacks " + ResultTable.Format(keiTotal, "F0") + " ms)");
        table.Info("Meziantou: compile + analysis vs compile alone (wall / CPU)", Ratio(benchmark.MeziantouRuns) + " (driver included; callbacks " + ResultTable.Format(meziantouTotal, "F0") + " ms)");
        table.Info("calls / object creations in the corpus (one Invocation / ObjectCreation callback each, per rule subscribed to it)", corpus.CountNodes<InvocationExpressionSyntax>().ToString("N0", CultureInfo.InvariantCulture) + " / " + corpus.CountNodes<BaseObjectCreationExpressionSyntax>().ToString("N0", CultureInfo.InvariantCulture));
        table.Info("garbage collections during a KEI pass / their total pause (median; a pause is charged to whichever callback is running)",
            ResultTable.Format(Statistics.Median(benchmark.KeiRuns.Select(r => (double)r.Gc.Collections)), "F0") + " / " + ResultTable.Format(Statistics.Median(benchmark.KeiRuns.Select(r => r.Gc.PauseMs)), "F0") + " ms");
        table.Info("diagnostics per pass (KEI / Meziantou)", benchmark.KeiRuns[^1].Diagnostics + " / " + benchmark.MeziantouRuns[^1].Diagnostics);
        int exceptions = benchmark.KeiRuns.Sum(r => r.Exceptions);
        table.Target("KEI analyzer exceptions (AD0001) over all rounds", "0", exceptions.ToString(System.Globalization.CultureInfo.InvariantCulture), exceptions == 0, "(" + exceptions + " exceptions)");
    }

    private double MedianMs(DiagnosticAnalyzer analyzer) => Statistics.Median(benchmark.KeiRuns.Select(r => r.ExecutionMs[analyzer]));

    /// <summary>Per round, the median over the Meziantou analyzers the driver runs; then the median over rounds.</summary>
    private double MeziantouMedianMs()
        => Statistics.Median(benchmark.MeziantouRuns.Select(run =>
            Statistics.Median(run.ExecutionMs.Where(pair => AnalyzerSets.IsEnabledByDefault(pair.Key)).Select(pair => pair.Value))));

    private double Percent(double ms) => ms / compileMs * 100;

    private string Ratio(IReadOnlyList<AnalyzerRun> runs)
        => "×" + ResultTable.Format(Statistics.Median(runs.Select(r => r.WallMs)) / compileMs, "F3")
            + " / ×" + ResultTable.Format(Statistics.Median(runs.Select(r => r.CpuMs)) / benchmark.MedianCompileCpuMs, "F3");
}
