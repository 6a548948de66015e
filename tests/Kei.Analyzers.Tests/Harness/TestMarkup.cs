using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>One span a test expects a diagnostic on: <c>[|...|]</c> (the test's default id) or <c>{|KEI101:...|}</c>.</summary>
public sealed record MarkupSpan(string? Id, TextSpan Span);

/// <summary>
/// Source text with expected-diagnostic spans written in it. <c>[|x|]</c> marks a span of the rule under test,
/// <c>{|ID:x|}</c> a span of rule ID; spans may nest and may be empty (<c>[||]</c>). Positions refer to the text with
/// the markup removed.
/// </summary>
public sealed class TestMarkup
{
    private TestMarkup(string text, IReadOnlyList<MarkupSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }

    public IReadOnlyList<MarkupSpan> Spans { get; }

    /// <summary>Marks a source as plain text: <see cref="Parse"/> returns the rest unchanged, with no spans.</summary>
    internal const string PlainPrefix = "\u0000plain\u0000";

    public static TestMarkup Parse(string markup)
    {
        if (markup.StartsWith(PlainPrefix, StringComparison.Ordinal))
        {
            return new TestMarkup(markup[PlainPrefix.Length..], []);
        }

        var text = new StringBuilder(markup.Length);
        var open = new Stack<(char Kind, int Start, string? Id)>();
        var spans = new List<MarkupSpan>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push(('[', text.Length, null));
                i++;
            }
            else if (At(markup, i, "{|") && TryReadId(markup, i + 2, out string id, out int afterColon))
            {
                open.Push(('{', text.Length, id));
                i = afterColon - 1;
            }
            else if (At(markup, i, "|]") || (At(markup, i, "|}") && open.Count > 0 && open.Peek().Kind == '{'))
            {
                spans.Add(Close(open, markup[i + 1] == ']' ? '[' : '{', text.Length, i));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return open.Count == 0 ? new TestMarkup(text.ToString(), spans) : throw new FormatException("Unclosed markup span opened at text position " + open.Peek().Start + ".");
    }

    private static MarkupSpan Close(Stack<(char Kind, int Start, string? Id)> open, char kind, int end, int markupPosition)
    {
        if (open.Count == 0 || open.Peek().Kind != kind)
        {
            throw new FormatException("Markup close at position " + markupPosition + " has no matching '" + kind + "|' open.");
        }

        (char _, int start, string? id) = open.Pop();
        return new MarkupSpan(id, TextSpan.FromBounds(start, end));
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    /// <summary>An id is letters and digits up to a ':' (so C# like <c>{|x|}</c> is never taken for markup).</summary>
    private static bool TryReadId(string s, int start, out string id, out int afterColon)
    {
        int i = start;
        while (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        bool ok = i > start && i < s.Length && s[i] == ':';
        id = ok ? s.Substring(start, i - start) : string.Empty;
        afterColon = i + 1;
        return ok;
    }
}
