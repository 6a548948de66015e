using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Kei.Agents.Import
{
    /// <summary>
    /// Writes an imported block. A <c>{{name}}</c> already in the text would be taken for a placeholder, so the block
    /// names it <c>{{literal_name}}</c> and declares that parameter with the original text as its value: the render prints
    /// it unchanged. The new name keeps the text clear of the catalog's typed parameters (a literal
    /// <c>{{max_function_lines}}</c> or <c>{{gpu.h100}}</c> would otherwise have to be a number or a table).
    /// </summary>
    internal static class BlockText
    {
        private static readonly Regex Placeholder = new Regex(@"\{\{([\p{L}\p{Nd}_\-.]+)\}\}", RegexOptions.CultureInvariant);

        public static string Write(string body)
        {
            Dictionary<string, string> literal = LiteralNames(body);
            body = Placeholder.Replace(body, m => "{{" + literal[m.Groups[1].Value] + "}}");
            bool opensLikeFrontMatter = body.StartsWith("+++\n", System.StringComparison.Ordinal) || body == "+++";
            if (literal.Count == 0 && !opensLikeFrontMatter)
            {
                return body + "\n";
            }

            var text = new StringBuilder("+++\n");
            if (literal.Count > 0)
            {
                text.Append("params = { ").Append(string.Join(", ", literal.Select(n => TomlText.Key(n.Value) + " = " + TomlText.String("{{" + n.Key + "}}")))).Append(" }\n");
            }

            return text.Append("+++\n").Append(body).Append('\n').ToString();
        }

        /// <summary>Each placeholder-like name in the text, in order of appearance, with its parameter name.</summary>
        private static Dictionary<string, string> LiteralNames(string body)
        {
            var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var taken = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string name in Placeholder.Matches(body).Cast<Match>().Select(m => m.Groups[1].Value).Distinct())
            {
                string candidate = "literal_" + Regex.Replace(name, "[^A-Za-z0-9_]", "_");
                string unique = candidate;
                for (int n = 2; !taken.Add(unique); n++)
                {
                    unique = candidate + "_" + n;
                }

                names.Add(name, unique);
            }

            return names;
        }

        /// <summary>A block with no body whose front matter carries the enforced rules and their parameter values.</summary>
        public static string Enforcement(IReadOnlyList<string> rules, IReadOnlyList<KeyValuePair<string, string>> parameters)
        {
            var text = new StringBuilder("+++\n");
            if (parameters.Count > 0)
            {
                text.Append("params = { ").Append(string.Join(", ", parameters.Select(p => TomlText.Key(p.Key) + " = " + TomlText.Value(p.Value)))).Append(" }\n");
            }

            text.Append("enforces = [").Append(string.Join(", ", rules.Select(TomlText.String))).Append("]\n");
            return text.Append("+++\n").ToString();
        }

        /// <summary>A substrate block with no body that only sets the agent's STATUS-TRUTH MARKER lines.</summary>
        public static string StatusMarker(IReadOnlyList<string> lines)
            => "+++\nstatus_marker = " + TomlText.Array(lines) + "\n+++\n";
    }
}
