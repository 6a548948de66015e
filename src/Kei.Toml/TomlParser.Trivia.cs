namespace Kei.Toml
{
    /// <summary>Comments and the whitespace, newlines and comments allowed inside arrays and inline tables.</summary>
    internal sealed partial class TomlParser<TText>
    {
        /// <summary>Whitespace, newlines and comments: allowed between array items and, since TOML 1.1, between inline table entries.</summary>
        private void SkipTrivia()
        {
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c == ' ' || c == '\t')
                {
                    pos++;
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else if (IsNewlineAt(pos))
                {
                    ConsumeNewline();
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Skips a comment from its '#' up to (not including) the line end, rejecting control characters.</summary>
        private void SkipComment()
        {
            TText s = text;
            int p = pos + 1;
            while (p < s.Length)
            {
                char c = s[p];
                if (c >= ' ' ? c != '\x7F' : c == '\t')
                {
                    p = s.IsUtf8 && c >= '\x80' ? SkipMultiByte(p) : p + 1;
                    continue;
                }

                if (IsNewlineAt(p))
                {
                    break;
                }

                throw ErrorAt(p, DescribeAt(p) + " is not allowed in a comment");
            }

            pos = p;
        }

        /// <summary>
        /// UTF-8 only: checks the multi-byte sequence at <paramref name="p"/> (inside a string or comment, the only
        /// places that may hold one), counts the bytes it has beyond its UTF-16 units, and returns the index after it.
        /// </summary>
        private int SkipMultiByte(int p)
        {
            int length = text.SequenceLengthAt(p);
            if (length == 0)
            {
                throw InvalidUtf8(p);
            }

            // 2 bytes make 1 UTF-16 unit, 3 bytes 1, 4 bytes a surrogate pair.
            int extra = length == 4 ? 2 : length - 1;
            lineExtraBytes += extra;
            extraBytes += extra;
            return p + length;
        }
    }
}
