namespace Kei.Toml
{
    /// <summary>Keys: bare, quoted and dotted, read into the reusable segment list.</summary>
    internal sealed partial class TomlParser<TText>
    {
        /// <summary>Reads <c>a."b".'c'</c> into <see cref="keySegments"/>, and the whitespace after it.</summary>
        private void ParseKey()
        {
            keySegments.Clear();
            while (true)
            {
                keySegments.Add(ParseKeySegment());
                SkipWhitespace();
                if (!At(pos, '.'))
                {
                    return;
                }

                pos++;
                SkipWhitespace();
            }
        }

        private KeySegment ParseKeySegment()
        {
            SourceMark mark = Mark();
            char c = pos < text.Length ? text[pos] : '\0';
            string name;
            if (c == '"')
            {
                name = ReadBasicString(mark);
            }
            else if (c == '\'')
            {
                name = ReadLiteralString(mark);
            }
            else
            {
                name = ReadBareKey();
            }

            return new KeySegment(name, SpanFrom(mark));
        }

        private string ReadBareKey()
        {
            TText s = text;
            int start = pos;
            int p = pos;
            while (p < s.Length && TomlCharacters.IsBareKeyChar(s[p]))
            {
                p++;
            }

            if (p == start)
            {
                throw ErrorAt(p, "expected key, found " + DescribeAt(p));
            }

            pos = p;
            return Slice(start, p - start, isAscii: true);
        }
    }
}
