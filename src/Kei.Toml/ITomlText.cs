using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// What the parser reads: a string (UTF-16) or UTF-8 bytes, read in place. The parser is generic over a struct
    /// implementing this, so each kind gets its own compiled parser with these members inlined; nothing is decoded
    /// up front. Every character the grammar looks at is ASCII, which both kinds index alike; in UTF-8 a value of
    /// 0x80 or more is one byte of a multi-byte sequence, which only strings and comments may hold.
    /// </summary>
    internal interface ITomlText
    {
        /// <summary>True for UTF-8: indices count bytes, and the parser validates and measures multi-byte sequences.</summary>
        bool IsUtf8 { get; }

        int Length { get; }

        /// <summary>The UTF-16 unit, or for UTF-8 the byte, at the index.</summary>
        char this[int index] { get; }

        /// <summary>The text of a range (already validated when UTF-8).</summary>
        string Substring(int start, int length);

        /// <summary>The text of a range the parser has read as ASCII only: UTF-8 widens it without decoding.</summary>
        string AsciiSubstring(int start, int length);

        /// <summary>Whether the range starting at <paramref name="start"/> holds exactly the (ASCII) characters of <paramref name="other"/>.</summary>
        bool RangeEquals(int start, string other);

        /// <summary>
        /// Appends the text of a range to a builder. <paramref name="isAscii"/>: the parser saw no multi-byte sequence
        /// in the range, so UTF-8 may copy its bytes as chars without decoding.
        /// </summary>
        void AppendTo(StringBuilder builder, int start, int length, bool isAscii);

        /// <summary>For UTF-8: the length of the well-formed sequence at the index, 0 when ill-formed. For UTF-16: 1, or 2 for a surrogate pair.</summary>
        int SequenceLengthAt(int index);
    }
}
