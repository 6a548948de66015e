using System.Text;

namespace Kei.Toml
{
    /// <summary>Single-line basic and literal strings; the common string without escapes is one substring.</summary>
    internal sealed partial class TomlParser<TText>
    {
        private TomlValue ParseBasicStringValue()
        {
            SourceMark mark = Mark();
            string value = IsTripleQuote('"') ? ReadMultilineString('"') : ReadBasicString(mark);
            return new TomlString(value, SpanFrom(mark));
        }

        private TomlValue ParseLiteralStringValue()
        {
            SourceMark mark = Mark();
            string value = IsTripleQuote('\'') ? ReadMultilineString('\'') : ReadLiteralString(mark);
            return new TomlString(value, SpanFrom(mark));
        }

        private bool IsTripleQuote(char quote) => At(pos + 1, quote) && At(pos + 2, quote);

        /// <summary>Reads <c>"..."</c> from its opening quote (at <paramref name="opening"/>); escapes go through the shared buffer.</summary>
        private string ReadBasicString(SourceMark opening)
        {
            TText s = text;
            int start = ++pos;
            int p = start;
            while (p < s.Length)
            {
                char c = s[p];
                if (c == '"')
                {
                    pos = p + 1;
                    return Slice(start, p - start, extraBytes == opening.ExtraBytes);
                }

                if (c == '\\' || TomlCharacters.IsForbiddenControl(c))
                {
                    break;
                }

                p = s.IsUtf8 && c >= '\x80' ? SkipMultiByte(p) : p + 1;
            }

            pos = p;
            return ReadEscapedBasicString(start, opening);
        }

        private string ReadEscapedBasicString(int start, SourceMark opening)
        {
            StringBuilder sb = buffer.Clear();
            int run = start;

            // A run holds a multi-byte sequence exactly when reading it counted extra bytes; the opening quote is ASCII.
            int runExtraBytes = opening.ExtraBytes;
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c != '"' && c != '\\' && !TomlCharacters.IsForbiddenControl(c))
                {
                    pos = text.IsUtf8 && c >= '\x80' ? SkipMultiByte(pos) : pos + 1;
                    continue;
                }

                text.AppendTo(sb, run, pos - run, extraBytes == runExtraBytes);
                if (c != '\\')
                {
                    break;
                }

                AppendEscape(sb);
                run = pos;
                runExtraBytes = extraBytes;
            }

            pos = At(pos, '"') ? pos + 1 : throw StringCharacterError('"', opening);
            return sb.ToString();
        }

        /// <summary>Reads <c>'...'</c> from its opening quote: no escapes, so always one substring.</summary>
        private string ReadLiteralString(SourceMark opening)
        {
            TText s = text;
            int start = ++pos;
            int p = start;
            while (p < s.Length && s[p] != '\'' && !TomlCharacters.IsForbiddenControl(s[p]))
            {
                p = s.IsUtf8 && s[p] >= '\x80' ? SkipMultiByte(p) : p + 1;
            }

            pos = p;
            if (!At(p, '\''))
            {
                throw StringCharacterError('\'', opening);
            }

            pos = p + 1;
            return Slice(start, p - start, extraBytes == opening.ExtraBytes);
        }

        /// <summary>The string stopped at a character it may not hold: the end of the line or a control character.</summary>
        private TomlException StringCharacterError(char quote, SourceMark opening)
        {
            if (pos >= text.Length || text[pos] == '\n' || text[pos] == '\r')
            {
                string where = Place(opening.Line, opening.Column);
                return ErrorAt(pos, "expected '" + quote + "' to close the string, found " + DescribeAt(pos) + " (the string opened at " + where + " is not closed)");
            }

            return ErrorAt(pos, DescribeAt(pos) + " is not allowed in a string; write it as an escape in a basic string");
        }
    }
}
