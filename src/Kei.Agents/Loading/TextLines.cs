using System.Collections.Generic;

namespace Kei.Agents.Loading
{
    /// <summary>Line handling shared by block bodies and the role text: LF only, blank lines trimmed at both ends.</summary>
    internal static class TextLines
    {
        /// <summary>CRLF and lone CR become LF and a leading byte-order mark is dropped, so output is the same on every OS.</summary>
        public static string Normalize(string? text)
        {
            string value = text ?? string.Empty;
            if (value.Length > 0 && value[0] == '\uFEFF')
            {
                value = value.Substring(1);
            }

            return value.Replace("\r\n", "\n").Replace('\r', '\n');
        }

        public static string[] Split(string normalized) => normalized.Split('\n');

        /// <summary>Joins lines [first, last] after dropping blank lines at both ends; <paramref name="first"/> moves past them.</summary>
        public static string JoinTrimmed(IReadOnlyList<string> lines, ref int first, int last)
        {
            while (first <= last && IsBlank(lines[first]))
            {
                first++;
            }

            while (last >= first && IsBlank(lines[last]))
            {
                last--;
            }

            var kept = new List<string>();
            for (int i = first; i <= last; i++)
            {
                kept.Add(lines[i]);
            }

            return string.Join("\n", kept);
        }

        public static string Trim(string? text)
        {
            string[] lines = Split(Normalize(text));
            int first = 0;
            return JoinTrimmed(lines, ref first, lines.Length - 1);
        }

        public static bool IsBlank(string line) => line.Trim().Length == 0;
    }
}
