using System.Collections.Generic;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// A one-pass TOML 1.1 reader working on the text with an index: no regex, no allocation per character, and
    /// nesting bounded by <see cref="MaxDepth"/> so hostile input cannot overflow the stack of the compiler or IDE.
    /// </summary>
    internal sealed partial class TomlParser
    {
        /// <summary>Deepest nesting of tables and arrays: far beyond real files, far below any thread's stack.</summary>
        internal const int MaxDepth = 512;

        private readonly string text;
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

        /// <param name="text">The document.</param>
        /// <param name="acceptBom">False when the caller already removed one (a second BOM is an error).</param>
        internal TomlParser(string text, bool acceptBom)
        {
            this.text = text;
            section = root;
            if (acceptBom && text.Length > 0 && text[0] == '\uFEFF')
            {
                // The BOM is not part of line 1's columns.
                pos = 1;
                lineStart = 1;
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

        private SourceMark Mark() => new SourceMark(pos, line, pos - lineStart + 1);

        /// <summary>The span from <paramref name="mark"/> to the current index.</summary>
        private TomlPosition SpanFrom(SourceMark mark) => new TomlPosition(mark.Line, mark.Column, pos - mark.Index);

        private bool At(int index, char c) => index < text.Length && text[index] == c;

        private void SkipWhitespace()
        {
            string s = text;
            int p = pos;
            while (p < s.Length && (s[p] == ' ' || s[p] == '\t'))
            {
                p++;
            }

            pos = p;
        }

        /// <summary>Consumes LF or CRLF at the index (the caller has checked which) and starts a new line.</summary>
        private void ConsumeNewline()
        {
            pos += text[pos] == '\r' ? 2 : 1;
            line++;
            lineStart = pos;
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

            if (TomlCharacters.IsNewlineAt(text, pos))
            {
                ConsumeNewline();
                return;
            }

            string expected = after == null ? "expected newline" : "expected newline after " + after;
            throw ErrorAt(pos, expected + ", found " + DescribeAt(pos));
        }

        /// <summary>Skips a comment from its '#' up to (not including) the line end, rejecting control characters.</summary>
        private void SkipComment()
        {
            string s = text;
            int p = pos + 1;
            while (p < s.Length)
            {
                char c = s[p];
                if (c >= ' ' ? c != '\x7F' : c == '\t')
                {
                    p++;
                    continue;
                }

                if (TomlCharacters.IsNewlineAt(s, p))
                {
                    break;
                }

                throw ErrorAt(p, DescribeAt(p) + " is not allowed in a comment");
            }

            pos = p;
        }
    }
}
