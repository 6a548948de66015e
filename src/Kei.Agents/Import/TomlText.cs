using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kei.Agents.Import
{
    /// <summary>TOML values as an import writes them: basic strings with escapes, arrays one item a line, multi-line strings.</summary>
    internal static class TomlText
    {
        public static string String(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                AppendEscaped(sb, c, multiLine: false);
            }

            return sb.Append('"').ToString();
        }

        /// <summary>A <c>"""</c> string whose text reads back exactly (no line continuations, every quote escaped).</summary>
        public static string MultiLine(string value)
        {
            var sb = new StringBuilder(value.Length + 8).Append("\"\"\"\n");
            foreach (char c in value)
            {
                AppendEscaped(sb, c, multiLine: true);
            }

            return sb.Append("\n\"\"\"").ToString();
        }

        public static string Array(IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                return "[]";
            }

            var sb = new StringBuilder("[\n");
            foreach (string item in items)
            {
                sb.Append("    ").Append(String(item)).Append(",\n");
            }

            return sb.Append(']').ToString();
        }

        /// <summary>A parameter value from document text: an integer or decimal as a number, anything else as a string.</summary>
        public static string Value(string text)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            {
                return integer.ToString(CultureInfo.InvariantCulture);
            }

            bool isDecimal = double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double number);
            return isDecimal && text.IndexOf('.') > 0 ? number.ToString("R", CultureInfo.InvariantCulture) : String(text);
        }

        /// <summary>A key as TOML writes it: bare when it can be, quoted otherwise.</summary>
        public static string Key(string key)
        {
            foreach (char c in key)
            {
                if (!(char.IsLetterOrDigit(c) && c < 128) && c != '_' && c != '-')
                {
                    return String(key);
                }
            }

            return key.Length == 0 ? "\"\"" : key;
        }

        private static void AppendEscaped(StringBuilder sb, char c, bool multiLine)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append(multiLine ? "\n" : "\\n"); break;
                case '\t': sb.Append(multiLine ? "\t" : "\\t"); break;
                default:
                    sb.Append(c < ' ' || c == '\u007f' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
                    break;
            }
        }
    }
}
