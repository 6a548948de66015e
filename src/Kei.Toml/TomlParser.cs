using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// A one-pass TOML 1.1 reader working on the text with an index: no regex, no allocation per character, and
    /// nesting bounded by <see cref="MaxDepth"/> so hostile input cannot overflow the stack of the
    /// compiler or IDE. Generic over the text's representation (<see cref="StringText"/> or <see cref="Utf8Text"/>),
    /// so UTF-8 is read in place with the same code.
    /// </summary>
    internal sealed partial class TomlParser<TText>
        where TText : struct, ITomlText
    {
        /// <summary>Deepest nesting of tables and arrays: far beyond real files, far below any thread's stack.</summary>
        internal const int MaxDepth = 512;

        // Not readonly: through a type parameter the compiler cannot see that TText is a readonly struct, and would
        // copy a readonly field before every member call on it.
        private TText text;
        private readonly TomlTable root = new TomlTable(new TomlPosition(1, 1, 0), TomlTableKind.Root);

        // Reused across keys and arrays so that reading a key or an array allocates only what the tree keeps.
        private readonly List<KeySegment> keySegments = new List<KeySegment>();
        private readonly List<TomlValue> pendingItems = new List<TomlValue>();
        private readonly StringBuilder buffer = new StringBuilder();

        private int pos;
        private int line = 1;
        private int lineStart;
        private TomlTable section;
        private int sectionDepth;
        private int sectionStamp = 1;

        // UTF-8 only: bytes beyond the UTF-16 units they encode, on the current line and in the whole text so far.
        // Columns and lengths are UTF-16 units for both kinds of input (an editor's columns, and Parse(string)'s).
        private int lineExtraBytes;
        private int extraBytes;

        internal TomlParser(TText text)
        {
            this.text = text;
            section = root;
            int bom = text.IsUtf8 ? 3 : 1;
            if (text.Length >= bom && (text.IsUtf8 ? text.RangeEquals(0, "\u00EF\u00BB\u00BF") : text[0] == '\uFEFF'))
            {
                // The BOM is not part of line 1's columns.
                pos = bom;
                lineStart = bom;
            }
        }

        internal TomlTable ParseDocument()
        {
            while (pos < text.Length)
            {
                SkipWhitespace();
                if (pos >= text.Length)
                {
                    break;
                }

                char c = text[pos];
                if (c == '[')
                {
                    ParseHeader();
                    ExpectLineEnd("table header");
                }
                else if (c == '#' || c == '\n' || c == '\r')
                {
                    ExpectLineEnd(null);
                }
                else
                {
                    ParseKeyValue(section, sectionDepth);
                    ExpectLineEnd("value");
                }
            }

            return root;
        }

        private SourceMark Mark() => new SourceMark(pos, line, ColumnOf(pos), extraBytes);

        /// <summary>The column of an index on the current line, at or after the last multi-byte sequence read.</summary>
        private int ColumnOf(int index) => index - lineStart - lineExtraBytes + 1;

        /// <summary>The span from <paramref name="mark"/> to the current index, its length in UTF-16 units.</summary>
        private TomlPosition SpanFrom(SourceMark mark) =>
            new TomlPosition(mark.Line, mark.Column, pos - mark.Index - (extraBytes - mark.ExtraBytes));

        private bool At(int index, char c) => index < text.Length && text[index] == c;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool IsNewlineAt(int index) =>
            index < text.Length && (text[index] == '\n' || (text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n'));

        private void SkipWhitespace()
        {
            TText s = text;
            int p = pos;
            while (p < s.Length && (s[p] == ' ' || s[p] == '\t'))
            {
                p++;
            }

            pos = p;
        }

        /// <summary>Consumes LF or CRLF at the index (the caller has checked which) and starts a new line.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void ConsumeNewline()
        {
            pos += text[pos] == '\r' ? 2 : 1;
            line++;
            lineStart = pos;
            lineExtraBytes = 0;
        }

        /// <summary>After a statement: optional whitespace and comment, then a newline or the end of the text.</summary>
        private void ExpectLineEnd(string? after)
        {
            SkipWhitespace();
            if (At(pos, '#'))
            {
                SkipComment();
            }

            if (pos >= text.Length)
            {
                return;
            }

            if (IsNewlineAt(pos))
            {
                ConsumeNewline();
                return;
            }

            string expected = after == null ? "expected newline" : "expected newline after " + after;
            throw ErrorAt(pos, expected + ", found " + DescribeAt(pos));
        }
    }
}
