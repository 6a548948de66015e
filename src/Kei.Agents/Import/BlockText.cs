using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Kei.Agents.Import
{
    /// <summary>
    /// Writes an imported block. A <c>{{name}}</c> already in the text would be taken for a placeholder, so the block
    /// declares each such name with its own text as the value, and the render prints it unchanged.
    /// </summary>
    internal static class BlockText
    {
        private static readonly Regex Placeholder = new Regex(@"\{\{([\p{L}\p{Nd}_\-.]+)\}\}", RegexOptions.CultureInvariant);

        public static string Write(string body)
        {
            List<string> literal = Placeholder.Matches(body).Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToList();
            bool opensLikeFrontMatter = body.StartsWith("+++\n", System.StringComparison.Ordinal) || body == "+++";
            if (literal.Count == 0 && !opensLikeFrontMatter)
            {
                return body + "\n";
            }

            var text = new StringBuilder("+++\n");
            if (literal.Count > 0)
            {
                text.Append("params = { ").Append(string.Join(", ", literal.Select(n => TomlText.Key(n) + " = " + TomlText.String("{{" + n + "}}")))).Append(" }\n");
            }

            return text.Append("+++\n").Append(body).Append('\n').ToString();
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
