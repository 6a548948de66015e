using System.Runtime.CompilerServices;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// <c>"""..."""</c> and <c>'''...'''</c>: a newline right after the opening is dropped, CRLF is read as LF so
    /// that a file reads the same with either line ending, and up to two quotes may touch the closing delimiter.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private string ReadMultilineString(char quote)
        {
            SourceMark opening = Mark();
            bool escapes = quote == '"';
            pos += 3;
            if (IsNewlineAt(pos))
            {
                ConsumeNewline();
            }

            StringBuilder sb = buffer.Clear();
            while (true)
            {
                int run = pos;
                int runExtraBytes = extraBytes;
                pos = SkipPlainMultiline(pos, quote, escapes);
                text.AppendTo(sb, run, pos - run, extraBytes == runExtraBytes);
                if (ReadMultilineSpecial(sb, quote, opening))
                {
                    return sb.ToString();
                }
            }
        }

        /// <summary>
        /// The index after the run of content characters from <paramref name="p"/>; on locals, as the run is most of a
        /// string's bytes. Printable ASCII is tested first with one compare; tab and non-ASCII after it.
        /// </summary>
        private int SkipPlainMultiline(int p, char quote, bool escapes)
        {
            TText s = text;
            char stop = escapes ? '\\' : quote;
            while (p < s.Length)
            {
                char c = s[p];
                if (TomlCharacters.IsPrintableAscii(c))
                {
                    if (c == quote || c == stop)
                    {
                        break;
                    }

                    p++;
                }
                else if (c == '\t' || c >= '\x80')
                {
                    p = s.IsUtf8 && c >= '\x80' ? SkipMultiByte(p) : p + 1;
                }
                else
                {
                    break;
                }
            }

            return p;
        }

        /// <summary>Handles the character that ended a plain run; true when it closed the string.</summary>
        // Inlined into the run loop, as are IsNewlineAt and ConsumeNewline: left to the JIT's budget, the UTF-8 parser
        // called all three at every escape and line end (measured: 0.3 ms of 5 on long-string-3mb from bytes).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool ReadMultilineSpecial(StringBuilder sb, char quote, SourceMark opening)
        {
            if (pos >= text.Length)
            {
                throw StillOpen(opening, "multi-line string", "expected '" + new string(quote, 3) + "' to close the multi-line string, found end of file");
            }

            char c = text[pos];
            if (c == quote)
            {
                return ReadQuoteRun(sb, quote);
            }

            if (c == '\\')
            {
                AppendMultilineEscape(sb);
            }
            else if (IsNewlineAt(pos))
            {
                sb.Append('\n');
                ConsumeNewline();
            }
            else
            {
                throw ErrorAt(pos, DescribeAt(pos) + " is not allowed in a string");
            }

            return false;
        }

        /// <summary>A run of quotes: fewer than three are content; three to five close, keeping the extra ones.</summary>
        private bool ReadQuoteRun(StringBuilder sb, char quote)
        {
            int count = 0;
            while (At(pos + count, quote))
            {
                count++;
            }

            if (count < 3)
            {
                sb.Append(quote, count);
                pos += count;
                return false;
            }

            if (count > 5)
            {
                throw ErrorAt(pos, "three or more quotes in a row inside a multi-line string must be escaped; found " + count);
            }

            sb.Append(quote, count - 3);
            pos += count;
            return true;
        }

        /// <summary>A backslash ending a line trims the newline and all whitespace after it; else a normal escape.</summary>
        private void AppendMultilineEscape(StringBuilder sb)
        {
            int p = pos + 1;
            while (p < text.Length && (text[p] == ' ' || text[p] == '\t'))
            {
                p++;
            }

            if (!IsNewlineAt(p))
            {
                AppendEscape(sb);
                return;
            }

            pos = p;
            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t' || IsNewlineAt(pos)))
            {
                if (text[pos] == ' ' || text[pos] == '\t')
                {
                    pos++;
                }
                else
                {
                    ConsumeNewline();
                }
            }
        }
    }
}
