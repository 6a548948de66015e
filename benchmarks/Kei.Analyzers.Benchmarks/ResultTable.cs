using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Kei.Analyzers.Benchmarks;

/// <summary>The benchmark's answer: each target with what was measured and whether it was met, or by how much it was missed.</summary>
internal sealed class ResultTable
{
    private readonly List<(string What, string Target, string Measured, string Verdict)> rows;
    private readonly System.Runtime.CompilerServices.StrongBox<int> missed;
    private readonly string label;

    public ResultTable()
        : this([], new System.Runtime.CompilerServices.StrongBox<int>(0), string.Empty)
    {
    }

    private ResultTable(List<(string, string, string, string)> rows, System.Runtime.CompilerServices.StrongBox<int> missed, string label)
    {
        this.rows = rows;
        this.missed = missed;
        this.label = label;
    }

    public int Missed => missed.Value;

    /// <summary>The same table, with every row it adds named after <paramref name="prefix"/> (one corpus of several).</summary>
    public ResultTable Labelled(string prefix) => new(rows, missed, prefix.Length == 0 ? label : label + prefix + ": ");

    /// <summary>A target of the form "measured ≤ limit"; the miss is given in the target's own unit.</summary>
    public void AtMost(string what, double measured, double limit, string unit, string format = "F2")
    {
        bool met = measured <= limit;
        Target(what, "≤ " + Format(limit, format) + " " + unit, Format(measured, format) + " " + unit, met, "by " + Format(measured - limit, format) + " " + unit);
    }

    /// <summary>A target with its own wording; <paramref name="miss"/> says by how much it was missed.</summary>
    public void Target(string what, string target, string measured, bool met, string miss)
    {
        missed.Value += met ? 0 : 1;
        rows.Add((label + what, target, measured, met ? "met" : "MISSED " + miss));
    }

    /// <summary>A figure shown for context, with no target of its own.</summary>
    public void Info(string what, string measured) => rows.Add((label + what, "—", measured, "info"));

    public string ToMarkdown()
    {
        var text = new StringBuilder("| what | target | measured | verdict |\n|---|---|---|---|\n");
        foreach ((string what, string target, string measured, string verdict) in rows)
        {
            text.Append("| ").Append(what).Append(" | ").Append(target).Append(" | ").Append(measured).Append(" | ").Append(verdict).Append(" |\n");
        }

        return text.ToString();
    }

    public static string Format(double value, string format = "F2") => value.ToString(format, CultureInfo.InvariantCulture);

    public void Print(TextWriter writer)
    {
        writer.WriteLine();
        writer.Write(ToMarkdown());
        writer.WriteLine(Missed == 0 ? "All targets met." : Missed + " target(s) missed.");
    }
}
