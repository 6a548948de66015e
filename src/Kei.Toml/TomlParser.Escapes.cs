using System.Text;

namespace Kei.Toml
{
    /// <summary>Escape sequences of basic strings: the eight short escapes (TOML 1.1 added \e), \xHH (also 1.1), \uXXXX and \UXXXXXXXX.</summary>
    internal sealed partial class TomlParser<TText>
    {
        /// <summary>Appends the escape starting at the backslash under the index and moves past it.</summary>
        private void AppendEscape(StringBuilder sb)
        {
            int at = pos;
            char escaped = pos + 1 < text.Length ? text[pos + 1] : '\0';
            pos += 2;
            switch (escaped)
            {
                case 'b': sb.Append('\b'); return;
                case 'e': sb.Append('\x1B'); return;
                case 't': sb.Append('\t'); return;
                case 'n': sb.Append('\n'); return;
                case 'f': sb.Append('\f'); return;
                case 'r': sb.Append('\r'); return;
                case '"': sb.Append('"'); return;
                case '\\': sb.Append('\\'); return;
                case 'x': AppendUnicodeEscape(sb, 2, at); return;
                case 'u': AppendUnicodeEscape(sb, 4, at); return;
                case 'U': AppendUnicodeEscape(sb, 8, at); return;
            }

            pos = at;
            throw ErrorAt(at, "invalid escape: expected one of \\b \\t \\n \\f \\r \\e \\\" \\\\ \\xHH \\uXXXX \\UXXXXXXXX after '\\', found "
                + DescribeAt(at + 1));
        }

        private void AppendUnicodeEscape(StringBuilder sb, int digitCount, int at)
        {
            uint scalar = 0;
            for (int i = 0; i < digitCount; i++, pos++)
            {
                int digit = pos < text.Length ? TomlCharacters.DigitValue(text[pos]) : TomlCharacters.NotADigit;
                if (digit > 15)
                {
                    throw ErrorAt(pos, "expected " + digitCount + " hex digits in escape, found " + DescribeAt(pos));
                }

                scalar = (scalar << 4) | (uint)digit;
            }

            if (scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF))
            {
                throw ErrorAt(at, "escape '" + text.Substring(at, digitCount + 2) + "' is not a Unicode scalar value");
            }

            if (scalar < 0x10000)
            {
                sb.Append((char)scalar);
                return;
            }

            scalar -= 0x10000;
            sb.Append((char)(0xD800 + (scalar >> 10))).Append((char)(0xDC00 + (scalar & 0x3FF)));
        }
    }
}
