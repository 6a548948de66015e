using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Kei.Agents.Import
{
    /// <summary>
    /// The few YAML forms agent front matter uses: <c>key: value</c> (plain, single- or double-quoted), flow lists
    /// <c>[a, "b"]</c> and block lists (<c>  - a</c> lines). Nested mappings are skipped.
    /// </summary>
    internal sealed class FrontMatterValues
    {
        private readonly Dictionary<string, string> scalars = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public FrontMatterValues(IReadOnlyList<string> lines)
        {
            string? listKey = null;
            foreach (string line in lines)
            {
                string trimmed = line.Trim();
                if (listKey != null && trimmed.StartsWith("- ", StringComparison.Ordinal) && line.StartsWith(" ", StringComparison.Ordinal))
                {
                    lists[listKey].Add(Scalar(trimmed.Substring(2)));
                    continue;
                }

                listKey = Read(line);
            }
        }

        public string? Get(string key) => scalars.TryGetValue(key, out string value) ? value : null;

        /// <summary>A list (flow or block), or a scalar split at commas (Claude Code's <c>tools: Read, Edit</c>).</summary>
        public IReadOnlyList<string>? GetList(string key)
        {
            if (lists.TryGetValue(key, out List<string> items))
            {
                return items;
            }

            string? text = Get(key);
            return text?.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
        }

        /// <returns>the key when the line opens a block list</returns>
        private string? Read(string line)
        {
            int colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                return null;
            }

            string key = line.Substring(0, colon).Trim();
            string value = line.Substring(colon + 1).Trim();
            if (value.Length == 0)
            {
                lists[key] = new List<string>();
                return key;
            }

            if (value.StartsWith("[", StringComparison.Ordinal) && value.EndsWith("]", StringComparison.Ordinal))
            {
                lists[key] = SplitFlow(value.Substring(1, value.Length - 2)).Select(Scalar).Where(v => v.Length > 0).ToList();
                return null;
            }

            scalars[key] = Scalar(value);
            return null;
        }

        private static IEnumerable<string> SplitFlow(string text)
        {
            var item = new StringBuilder();
            char quote = '\0';
            foreach (char c in text)
            {
                if (c == ',' && quote == '\0')
                {
                    yield return item.ToString();
                    item.Clear();
                    continue;
                }

                quote = (c == '"' || c == '\'') && quote == '\0' ? c : c == quote ? '\0' : quote;
                item.Append(c);
            }

            yield return item.ToString();
        }

        private static string Scalar(string raw)
        {
            string text = raw.Trim();
            if (text.Length >= 2 && text[0] == '\'' && text[text.Length - 1] == '\'')
            {
                return text.Substring(1, text.Length - 2).Replace("''", "'");
            }

            return text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"' ? Unescape(text.Substring(1, text.Length - 2)) : text;
        }

        private static string Unescape(string text)
        {
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != '\\' || i + 1 >= text.Length)
                {
                    sb.Append(text[i]);
                    continue;
                }

                char e = text[++i];
                if (e == 'u' && i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                {
                    sb.Append((char)code);
                    i += 4;
                    continue;
                }

                sb.Append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
            }

            return sb.ToString();
        }
    }
}
