using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>Compares expected and actual diagnostics exactly and prints a readable diff when they differ.</summary>
internal static class DiagnosticDiff
{
    public static void AssertSame(IReadOnlyList<DiagnosticKey> expected, IEnumerable<Diagnostic> actual, Compilation compilation)
    {
        var actualByKey = actual.Select(d => (Key: KeyOf(d), Value: d)).ToList();
        List<DiagnosticKey> expectedSorted = Sort(expected);
        List<DiagnosticKey> actualSorted = Sort(actualByKey.Select(p => p.Key));
        if (expectedSorted.SequenceEqual(actualSorted))
        {
            return;
        }

        var report = new StringBuilder("Diagnostics differ ('-' expected only, '+' actual only, ' ' both):").AppendLine();
        foreach (DiagnosticKey key in expectedSorted.Union(actualSorted).OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Span.Start))
        {
            char mark = !actualSorted.Contains(key) ? '-' : !expectedSorted.Contains(key) ? '+' : ' ';
            Diagnostic? diagnostic = actualByKey.FirstOrDefault(p => p.Key == key).Value;
            report.Append(mark).Append(' ').AppendLine(Describe(key, diagnostic, compilation));
        }

        if (expectedSorted.Count != expectedSorted.Distinct().Count() || actualSorted.Count != actualSorted.Distinct().Count())
        {
            report.AppendLine("(counts differ on a repeated span: expected " + expectedSorted.Count + ", actual " + actualSorted.Count + ")");
        }

        Assert.Fail(report.ToString());
    }

    public static DiagnosticKey KeyOf(Diagnostic diagnostic)
        => new(diagnostic.Location.SourceTree?.FilePath ?? "(no file)", diagnostic.Location.SourceSpan, diagnostic.Id);

    private static List<DiagnosticKey> Sort(IEnumerable<DiagnosticKey> keys)
        => keys.OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Span.Start).ThenBy(k => k.Span.End).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();

    private static string Describe(DiagnosticKey key, Diagnostic? diagnostic, Compilation compilation)
    {
        SyntaxTree? tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == key.Path);
        string where = key.Path;
        string covered = string.Empty;
        if (tree != null && key.Span.End <= tree.Length)
        {
            SourceText text = tree.GetText();
            LinePosition start = text.Lines.GetLinePosition(key.Span.Start);
            LinePosition end = text.Lines.GetLinePosition(key.Span.End);
            where += $"({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1})";
            covered = " [|" + Shorten(text.ToString(key.Span)) + "|]";
        }

        string message = diagnostic == null ? string.Empty : " — " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return key.Id + " " + where + covered + message;
    }

    private static string Shorten(string text)
    {
        string oneLine = text.Replace("\r", "\\r").Replace("\n", "\\n");
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }
}
