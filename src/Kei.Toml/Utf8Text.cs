using System.Runtime.CompilerServices;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// A document given as UTF-8 bytes, read in place: no decoded copy of the whole input (which would cost twice its
    /// size in memory and a pass over it). Only the strings the tree keeps are decoded, from their ranges.
    /// </summary>
    internal readonly struct Utf8Text : ITomlText
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly byte[] bytes;

        // Runs appended to a builder (escaped and multi-line strings): ASCII ones are copied from a widened block,
        // others decode into the window's scratch, so that a run does not cost a string of its own.
        private readonly AsciiWindow window;

        // Decoding target for runs holding multi-byte sequences; longer runs are rare and decode through a string.
        private readonly char[] scratch;

        internal Utf8Text(byte[] bytes)
        {
            this.bytes = bytes;
            window = new AsciiWindow(bytes);
            scratch = new char[256];
        }

        public bool IsUtf8 => true;

        public int Length => bytes.Length;

        public char this[int index] => (char)bytes[index];

        public string Substring(int start, int length) => Utf8.GetString(bytes, start, length);

        public string AsciiSubstring(int start, int length) => AsciiWindow.Latin1.GetString(bytes, start, length);

        public bool RangeEquals(int start, string other)
        {
            if (start + other.Length > bytes.Length)
            {
                return false;
            }

            for (int i = 0; i < other.Length; i++)
            {
                if (bytes[start + i] != other[i])
                {
                    return false;
                }
            }

            return true;
        }

        // Out of line: inlined, the window's bookkeeping crowds the parser's string loops out of registers (measured).
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void AppendTo(StringBuilder builder, int start, int length, bool isAscii)
        {
            if (isAscii && length <= window.Capacity)
            {
                window.AppendTo(builder, start, length);
            }
            else if (length <= scratch.Length)
            {
                builder.Append(scratch, 0, Utf8.GetChars(bytes, start, length, scratch, 0));
            }
            else
            {
                builder.Append(Utf8.GetString(bytes, start, length));
            }
        }

        public int SequenceLengthAt(int index) => TomlUtf8.SequenceLength(bytes, index);
    }
}
