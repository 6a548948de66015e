using System.Text;

namespace Kei.Toml
{
    /// <summary>A document given as a string: the parser indexes its UTF-16 units directly.</summary>
    internal readonly struct StringText : ITomlText
    {
        private readonly string text;

        internal StringText(string text)
        {
            this.text = text;
        }

        public bool IsUtf8 => false;

        public int Length => text.Length;

        public char this[int index] => text[index];

        public string Substring(int start, int length) => text.Substring(start, length);

        public string AsciiSubstring(int start, int length) => text.Substring(start, length);

        public bool RangeEquals(int start, string other) =>
            start + other.Length <= text.Length && string.CompareOrdinal(text, start, other, 0, other.Length) == 0;

        public void AppendTo(StringBuilder builder, int start, int length, bool isAscii) => builder.Append(text, start, length);

        public int SequenceLengthAt(int index) =>
            char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
    }
}
