using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Loading;

namespace Kei.Agents.Import
{
    /// <summary>The Markdown an import reads: front matter, the generated marker, headings outside fenced code.</summary>
    internal static class MarkdownText
    {
        private const string Fence = "---";

        /// <summary>The front matter's lines (without the <c>---</c> fences), or null when the text has none; the rest in <paramref name="body"/>.</summary>
        public static string[]? SplitFrontMatter(string text, out string body)
        {
            string[] lines = TextLines.Split(TextLines.Normalize(text));
            int close = lines.Length > 0 && lines[0].TrimEnd() == Fence ? Array.FindIndex(lines, 1, l => l.TrimEnd() == Fence) : -1;
            if (close < 0)
            {
                body = string.Join("\n", lines);
                return null;
            }

            body = string.Join("\n", lines.Skip(close + 1));
            return lines.Skip(1).Take(close - 1).ToArray();
        }

        /// <summary>The text without the generated marker line (a render adds it back).</summary>
        public static string WithoutMarker(string body)
            => string.Join("\n", TextLines.Split(body).Where(l => !l.StartsWith(GeneratedMarker.Prefix, StringComparison.Ordinal)));

        /// <summary>
        /// Splits at the headings that start with <paramref name="heading"/> (<c>"## "</c>, <c>"# "</c>) outside fenced code;
        /// returns the text before the first one, trimmed.
        /// </summary>
        public static string SplitSections(string body, string heading, List<ImportedSection> sections)
        {
            string[] lines = TextLines.Split(body);
            var starts = new List<int>();
            bool fenced = false;
            for (int i = 0; i < lines.Length; i++)
            {
                fenced ^= IsFence(lines[i]);
                if (!fenced && lines[i].StartsWith(heading, StringComparison.Ordinal))
                {
                    starts.Add(i);
                }
            }

            for (int s = 0; s < starts.Count; s++)
            {
                int first = starts[s];
                int end = s + 1 < starts.Count ? starts[s + 1] - 1 : lines.Length - 1;
                string text = TextLines.JoinTrimmed(lines, ref first, end);
                sections.Add(new ImportedSection(lines[starts[s]].Substring(heading.Length).Trim(), text));
            }

            int start = 0;
            return TextLines.JoinTrimmed(lines, ref start, (starts.Count > 0 ? starts[0] : lines.Length) - 1);
        }

        public static bool IsFence(string line)
        {
            string trimmed = line.TrimStart();
            return trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
        }

        /// <summary>The bullet items of a text made only of <c>- item</c> lines; null when any line is something else.</summary>
        public static List<string>? Bullets(string text)
        {
            var items = new List<string>();
            foreach (string line in TextLines.Split(text))
            {
                if (!line.StartsWith("- ", StringComparison.Ordinal))
                {
                    return null;
                }

                items.Add(line.Substring(2));
            }

            return items;
        }
    }
}
