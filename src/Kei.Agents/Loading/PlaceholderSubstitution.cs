using System.Text;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// Replaces <c>{{name}}</c> (a dotted parameter path, no spaces) in a block body with the agent's value; a name with no
    /// value is KEI207 at its line and column in the block file. Nothing else in the body is touched.
    /// </summary>
    internal static class PlaceholderSubstitution
    {
        public static string Apply(BlockData block, PolicyParams parameters, string agentName, DiagnosticBag bag)
        {
            string[] lines = TextLines.Split(block.Body);
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = ApplyToLine(lines[i], block.BodyFirstLine + i, block, parameters, agentName, bag);
            }

            return string.Join("\n", lines);
        }

        private static string ApplyToLine(string line, int lineNumber, BlockData block, PolicyParams parameters, string agentName, DiagnosticBag bag)
        {
            if (line.IndexOf("{{", System.StringComparison.Ordinal) < 0)
            {
                return line;
            }

            var sb = new StringBuilder(line.Length);
            int at = 0;
            while (at < line.Length)
            {
                int length = PlaceholderLength(line, at);
                if (length == 0)
                {
                    sb.Append(line[at++]);
                    continue;
                }

                string name = line.Substring(at + 2, length - 4);
                var position = new TomlPosition(lineNumber, at + 1, length);
                sb.Append(Resolve(name, position, block, parameters, agentName, bag) ?? line.Substring(at, length));
                at += length;
            }

            return sb.ToString();
        }

        private static string? Resolve(string name, TomlPosition position, BlockData block, PolicyParams parameters, string agentName, DiagnosticBag bag)
        {
            if (!parameters.TryGet(name, out ParamValue value))
            {
                bag.Add("KEI207", "'{{" + name + "}}' has no value for agent '" + agentName + "': no included block declares '" + name + "'", block.Path, position);
                return null;
            }

            if (value.Kind == ParamValueKind.Table)
            {
                bag.Add("KEI207", "'{{" + name + "}}' names a table; name one of its values, e.g. '{{" + name + ".<key>}}'", block.Path, position);
                return null;
            }

            return value.ToDisplayString();
        }

        /// <summary>The length of <c>{{name}}</c> starting at <paramref name="at"/>, or 0 when none starts there.</summary>
        private static int PlaceholderLength(string line, int at)
        {
            if (at + 4 > line.Length || line[at] != '{' || line[at + 1] != '{')
            {
                return 0;
            }

            int end = at + 2;
            while (end < line.Length && IsNameChar(line[end]))
            {
                end++;
            }

            bool closed = end > at + 2 && end + 1 < line.Length && line[end] == '}' && line[end + 1] == '}';
            return closed ? end + 2 - at : 0;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
