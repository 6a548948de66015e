using System.Text;

namespace Kei.Toml
{
    /// <summary>Single-line basic and literal strings; the common string without escapes is one substring.</summary>
    internal sealed partial class TomlParser
    {
        private TomlValue ParseBasicStringValue()
        {
            SourceMark mark = Mark();
            string value = IsTripleQuote('"') ? ReadMultilineString('"') : ReadBasicString();
            return new TomlString(value, SpanFrom(mark));
        }

        private TomlValue ParseLiteralStringValue()
        {
            SourceMark mark = Mark();
            string value = IsTripleQuote('\'') ? ReadMultilineString('\'') : ReadLiteralString();
            return new TomlString(value, SpanFrom(mark));
        }

        private bool IsTripleQuote(char quote) => At(pos + 1, quote) && At(pos + 2, quote);

        /// <summary>Reads <c>"..."</c> from its opening quote; escapes go through the shared buffer.</summary>
        private string ReadBasicString()
        {
            string s = text;
            int start = ++pos;
            int p = start;
            while (p < s.Length)
            {
                char c = s[p];
                if (c == '"')
                {
                    pos = p + 1;
                    return Slice(start, p - start);
                }

                if (c == '\\' || TomlCharacters.IsForbiddenControl(c))
                {
                    break;
                }

                p++;
            }

            pos = p;
            return ReadEscapedBasicString(start);
        }

        private string ReadEscapedBasicString(int start)
        {
            StringBuilder sb = buffer.Clear();
            int run = start;
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c != '"' && c != '\\' && !TomlCharacters.IsForbiddenControl(c))
                {
                    pos++;
                    continue;
                }

                sb.Append(text, run, pos - run);
                if (c != '\\')
                {
                    break;
                }

                AppendEscape(sb);
                run = pos;
            }

            pos = At(pos, '"') ? pos + 1 : throw StringCharacterError('"', start - 1);
            return sb.ToString();
        }

        /// <summary>Reads <c>'...'</c> from its opening quote: no escapes, so always one substring.</summary>
        private string ReadLiteralString()
        {
            string s = text;
            int start = ++pos;
            int p = start;
            while (p < s.Length && s[p] != '\'' && !TomlCharacters.IsForbiddenControl(s[p]))
            {
                p++;
            }

            pos = p;
            if (!At(p, '\''))
            {
                throw StringCharacterError('\'', start - 1);
            }

            pos = p + 1;
            return Slice(start, p - start);
        }

        /// <summary>The string stopped at a character it may not hold: the end of the line or a control character.</summary>
        /// <param name="quote">the string's delimiter</param>
        /// <param name="opening">the index of the opening quote, on the current line (a single-line string cannot span lines)</param>
        private TomlException StringCharacterError(char quote, int opening)
        {
            if (pos >= text.Length || text[pos] == '\n' || text[pos] == '\r')
            {
                string where = Place(line, opening - lineStart + 1);
                return ErrorAt(pos, "expected '" + quote + "' to close the string, found " + DescribeAt(pos) + " (the string opened at " + where + " is not closed)");
            }

            return ErrorAt(pos, DescribeAt(pos) + " is not allowed in a string; write it as an escape in a basic string");
        }
    }
}
