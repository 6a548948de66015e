using System.Globalization;
using System.Text;

namespace Kei.Toml
{
    /// <summary>Error construction: every message says what was expected and what was found, and where.</summary>
    internal sealed partial class TomlParser<TText>
    {
        /// <summary>An error at an index of the current line.</summary>
        private TomlException ErrorAt(int index, string reason) => new TomlException(reason, line, ColumnOf(index));

        /// <summary>UTF-8 only: the bytes at the index do not start a well-formed sequence.</summary>
        private TomlException InvalidUtf8(int index) =>
            ErrorAt(index, "invalid UTF-8: byte 0x" + ((int)text[index]).ToString("X2", CultureInfo.InvariantCulture) + " does not start a valid sequence");

        private static TomlException ErrorAt(TomlPosition position, string reason) =>
            new TomlException(reason, position.Line, position.Column);

        private static TomlException ErrorAt(SourceMark mark, string reason) => new TomlException(reason, mark.Line, mark.Column);

        /// <summary>Names the character at an index the way a person would read it in a message.</summary>
        private string DescribeAt(int index)
        {
            if (index >= text.Length)
            {
                return "end of file";
            }

            char c = text[index];
            switch (c)
            {
                case '\n': return "newline";
                case '\r': return IsNewlineAt(index) ? "newline" : "carriage return";
                case '\t': return "tab";
                case ' ': return "space";
            }

            if (c < ' ' || c == '\x7F')
            {
                return "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            // One whole character: a surrogate pair, or in UTF-8 a multi-byte sequence (which must be well-formed).
            int length = c < '\x80' ? 1 : text.SequenceLengthAt(index);
            return length > 0 ? "'" + text.Substring(index, length) + "'" : throw InvalidUtf8(index);
        }

        /// <summary>Names the word starting at an index (e.g. <c>'tru'</c>), so a bad value is quoted whole.</summary>
        private string DescribeToken(int index)
        {
            int end = index;
            while (end < text.Length && end - index < 40 && IsTokenChar(text[end]))
            {
                end++;
            }

            return end == index ? DescribeAt(index) : "'" + text.Substring(index, end - index) + "'";
        }

        private static bool IsTokenChar(char c) =>
            TomlCharacters.IsBareKeyChar(c) || c == '.' || c == '+' || c == ':';

        /// <summary>The current key as written, dotted, up to and including segment <paramref name="lastIndex"/>.</summary>
        private string KeyText(int lastIndex)
        {
            var sb = new StringBuilder();
            for (int i = 0; i <= lastIndex; i++)
            {
                sb.Append(i == 0 ? string.Empty : ".").Append(keySegments[i].Name);
            }

            return sb.ToString();
        }

        private string KeyText() => KeyText(keySegments.Count - 1);

        /// <summary>What an existing entry holds, for redefinition messages: "table", "inline table", "integer"...</summary>
        private static string DescribeExisting(TomlEntry existing)
        {
            TomlValue value = existing.Value;
            if (value is TomlTable table)
            {
                switch (table.TableKind)
                {
                    case TomlTableKind.Inline: return "inline table";
                    case TomlTableKind.Dotted: return "table (by dotted keys)";
                    default: return "table";
                }
            }

            if (value is TomlArray array)
            {
                return array.IsArrayOfTables ? "array of tables" : "array";
            }

            return value.TypeName;
        }

        /// <summary>A key that exists already cannot be used the way the current line uses it.</summary>
        private TomlException Conflict(TomlEntry existing, int segmentIndex, string problem)
        {
            string reason = "key '" + KeyText(segmentIndex) + "' was first defined at " + Place(existing.KeyPosition)
                + " as " + DescribeExisting(existing) + "; " + problem;
            return ErrorAt(keySegments[segmentIndex].Position, reason);
        }

        /// <summary>
        /// An error inside an array, inline table or string that began earlier: the message names where it opened,
        /// which may be many lines up, and says it is not closed when the text ended inside it.
        /// </summary>
        private TomlException StillOpen(SourceMark opening, string what, string problem)
        {
            string state = pos >= text.Length ? " is not closed)" : " is still open)";
            return ErrorAt(pos, problem + " (the " + what + " opened at " + Place(opening.Line, opening.Column) + state);
        }

        private static string Place(TomlPosition position) => Place(position.Line, position.Column);

        private static string Place(int line, int column) =>
            "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture);
    }
}
