using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// A plain unified diff (3 lines of context) between a committed document and its fresh render, so a failing check
    /// shows exactly what changed. Longest-common-subsequence on lines: documents are small.
    /// </summary>
    public static class UnifiedDiff
    {
        private const int Context = 3;

        public static string Create(string oldText, string newText, string fileName)
        {
            List<DiffLine> script = EditScript(SplitLines(oldText), SplitLines(newText));
            var diff = new StringBuilder();
            diff.Append("--- a/").Append(fileName).Append('\n').Append("+++ b/").Append(fileName).Append('\n');
            foreach (KeyValuePair<int, int> hunk in Hunks(script))
            {
                AppendHunk(diff, script, hunk.Key, hunk.Value);
            }

            return diff.ToString();
        }

        private static string[] SplitLines(string text)
        {
            if (text.Length == 0)
            {
                return Array.Empty<string>();
            }

            string body = text.EndsWith("\n", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
            return body.Split('\n');
        }

        private static List<DiffLine> EditScript(string[] a, string[] b)
        {
            int[,] common = CommonLengths(a, b);
            var script = new List<DiffLine>(a.Length + b.Length);
            int i = 0;
            int j = 0;
            while (i < a.Length || j < b.Length)
            {
                if (i < a.Length && j < b.Length && a[i] == b[j])
                {
                    script.Add(new DiffLine(' ', a[i++], i - 1, j++));
                }
                else if (j == b.Length || (i < a.Length && common[i + 1, j] >= common[i, j + 1]))
                {
                    script.Add(new DiffLine('-', a[i++], i - 1, j));
                }
                else
                {
                    script.Add(new DiffLine('+', b[j++], i, j - 1));
                }
            }

            return script;
        }

        private static int[,] CommonLengths(string[] a, string[] b)
        {
            var common = new int[a.Length + 1, b.Length + 1];
            for (int i = a.Length - 1; i >= 0; i--)
            {
                for (int j = b.Length - 1; j >= 0; j--)
                {
                    common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            return common;
        }

        /// <summary>Ranges [start, end) of the script to print: each change with its context, overlapping ones merged.</summary>
        private static List<KeyValuePair<int, int>> Hunks(List<DiffLine> script)
        {
            var hunks = new List<KeyValuePair<int, int>>();
            for (int index = 0; index < script.Count; index++)
            {
                if (script[index].Operation == ' ')
                {
                    continue;
                }

                int start = Math.Max(0, index - Context);
                int end = Math.Min(script.Count, index + Context + 1);
                if (hunks.Count > 0 && start <= hunks[hunks.Count - 1].Value)
                {
                    start = hunks[hunks.Count - 1].Key;
                    hunks.RemoveAt(hunks.Count - 1);
                }

                hunks.Add(new KeyValuePair<int, int>(start, end));
            }

            return hunks;
        }

        private static void AppendHunk(StringBuilder diff, List<DiffLine> script, int start, int end)
        {
            int oldCount = 0;
            int newCount = 0;
            for (int index = start; index < end; index++)
            {
                oldCount += script[index].Operation == '+' ? 0 : 1;
                newCount += script[index].Operation == '-' ? 0 : 1;
            }

            DiffLine first = script[start];
            diff.Append("@@ -").Append(Range(first.OldBefore, oldCount)).Append(" +").Append(Range(first.NewBefore, newCount)).Append(" @@\n");
            for (int index = start; index < end; index++)
            {
                diff.Append(script[index].Operation).Append(script[index].Text).Append('\n');
            }
        }

        private static string Range(int before, int count)
            => (count == 0 ? before : before + 1).ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture);
    }
}
