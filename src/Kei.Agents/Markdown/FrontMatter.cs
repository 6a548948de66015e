using System.Collections.Generic;
using System.Text;

namespace Kei.Agents.Markdown
{
    /// <summary>
    /// A YAML front matter block (<c>---</c> lines around <c>key: value</c> lines), as the agent tools read it: scalars
    /// plain when that reads back unchanged, lists in the form each tool documents.
    /// </summary>
    internal sealed class FrontMatter
    {
        private readonly StringBuilder text = new StringBuilder("---\n");

        public FrontMatter Scalar(string key, string value) => Line(key + ": " + YamlScalars.Format(value));

        /// <summary>A value written as given (a boolean, a keyword, or a tool's own non-YAML syntax such as Cursor's globs).</summary>
        public FrontMatter Verbatim(string key, string value) => Line(value.Length == 0 ? key + ":" : key + ": " + value);

        /// <summary>A flow sequence of double-quoted strings: <c>tools: ["read", "edit"]</c>.</summary>
        public FrontMatter FlowList(string key, IEnumerable<string> items)
        {
            var quoted = new List<string>();
            foreach (string item in items)
            {
                quoted.Add(YamlScalars.Quote(item));
            }

            return Line(key + ": [" + string.Join(", ", quoted) + "]");
        }

        /// <summary>A block sequence, one <c>  - item</c> line each (double-quoted when <paramref name="quote"/>).</summary>
        public FrontMatter BlockList(string key, IEnumerable<string> items, bool quote)
        {
            Line(key + ":");
            foreach (string item in items)
            {
                Line("  - " + (quote ? YamlScalars.Quote(item) : YamlScalars.Format(item)));
            }

            return this;
        }

        /// <summary>Lines written as given under the previous key (nested mappings such as OpenCode's permission rules).</summary>
        public FrontMatter Line(string line)
        {
            text.Append(line).Append('\n');
            return this;
        }

        public override string ToString() => text.ToString() + "---";
    }
}
