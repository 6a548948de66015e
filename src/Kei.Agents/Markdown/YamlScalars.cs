using System.Globalization;
using System.Text;

namespace Kei.Agents.Markdown
{
    /// <summary>
    /// Front-matter values: a YAML plain scalar when the text reads back as the same string, otherwise double-quoted
    /// (so a description with ': ', a leading '*', or the word 'true' survives a YAML reader unchanged).
    /// </summary>
    internal static class YamlScalars
    {
        private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";
        private static readonly string[] Reserved = { "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~" };

        public static string Format(string text) => IsPlainSafe(text) ? text : Quote(text);

        private static bool IsPlainSafe(string text)
        {
            if (text.Length == 0 || text.Trim() != text || Indicators.IndexOf(text[0]) >= 0 || text.EndsWith(":", System.StringComparison.Ordinal))
            {
                return false;
            }

            if (text.Contains(": ") || text.Contains(" #") || text.Contains("\t") || LooksTyped(text))
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (IsUnprintable(text, i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Control characters, line separators, a BOM and lone surrogate halves (a pair is one printable character).</summary>
        private static bool IsUnprintable(string text, int i)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return i == 0 || !char.IsHighSurrogate(text[i - 1]);
            }

            return c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
        }

        /// <summary>Text a YAML reader would take for a boolean, null or number rather than a string.</summary>
        private static bool LooksTyped(string text)
        {
            foreach (string word in Reserved)
            {
                if (string.Equals(text, word, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                   || text.StartsWith(".", System.StringComparison.Ordinal) || text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase)
                   || LooksNumeric(text);
        }

        /// <summary>Digits with separators only: YAML 1.1 reads <c>1_000</c>, <c>12:30</c> and <c>2026-06-01</c> as numbers or dates.</summary>
        private static bool LooksNumeric(string text)
        {
            if (!char.IsDigit(text[0]) && text[0] != '+')
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!char.IsDigit(c) && "-+:._eEoxTZ ".IndexOf(c) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Always double-quoted, with YAML escapes.</summary>
        public static string Quote(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('"');
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\r': sb.Append("\\r"); break;
                    default:
                        // A lone surrogate half has no code point to escape; it becomes U+FFFD as a UTF-8 writer would make it.
                        int code = char.IsSurrogate(c) ? 0xFFFD : c;
                        sb.Append(IsUnprintable(text, i) ? "\\u" + code.ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
                        break;
                }
            }

            return sb.Append('"').ToString();
        }
    }
}
