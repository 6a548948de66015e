namespace Kei.Toml
{
    /// <summary>Value dispatch on the first character, and booleans.</summary>
    internal sealed partial class TomlParser<TText>
    {
        /// <summary>Reads the value at the index; <paramref name="depth"/> is its nesting level in the tree.</summary>
        private TomlValue ParseValue(int depth)
        {
            if (pos >= text.Length)
            {
                throw ErrorAt(pos, "expected value, found end of file");
            }

            switch (text[pos])
            {
                case '"': return ParseBasicStringValue();
                case '\'': return ParseLiteralStringValue();
                case '[': return ParseArray(depth);
                case '{': return ParseInlineTable(depth);
                default: return ParseScalarToken();
            }
        }

        /// <summary>Booleans, numbers and date-times, which must not run on into letters or digits.</summary>
        private TomlValue ParseScalarToken()
        {
            int start = pos;
            TomlValue value = ReadScalarToken();
            if (pos < text.Length && (TomlCharacters.IsBareKeyChar(text[pos]) || text[pos] == '.'))
            {
                throw ErrorAt(start, "invalid value " + DescribeToken(start));
            }

            return value;
        }

        private TomlValue ReadScalarToken()
        {
            char c = text[pos];
            if (TomlCharacters.IsDigit(c))
            {
                return LooksLikeDate() || LooksLikeTime() ? ParseDateTime() : ParseNumber();
            }

            switch (c)
            {
                case 't': return ParseBoolean("true", true);
                case 'f': return ParseBoolean("false", false);
                case '+':
                case '-':
                case 'i':
                case 'n':
                    return ParseNumber();
                default:
                    throw ErrorAt(pos, "expected value, found " + DescribeToken(pos));
            }
        }

        private TomlValue ParseBoolean(string word, bool value)
        {
            if (!Matches(pos, word))
            {
                throw ErrorAt(pos, "expected value, found " + DescribeToken(pos));
            }

            var position = new TomlPosition(line, ColumnOf(pos), word.Length);
            pos += word.Length;
            return new TomlBoolean(value, position);
        }

        private bool Matches(int index, string word) => text.RangeEquals(index, word);
    }
}
