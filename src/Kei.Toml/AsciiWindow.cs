using System.Runtime.CompilerServices;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// UTF-8 input widened byte for byte to chars, a block at a time, so that runs of ASCII inside a string are copied
    /// to a builder from chars as from a string. Decoding each run on its own costs a decoder call per run, which
    /// outweighs a run of a few characters in a string broken by escapes every few characters. Only ASCII ranges of
    /// the window are used: a byte of 0x80 or more is widened as Latin-1, not decoded.
    /// </summary>
    internal sealed class AsciiWindow
    {
        // Widens every byte to the char of the same value; vectorised on .NET Core.
        internal static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

        private readonly byte[] bytes;
        private readonly char[] chars = new char[1024];
        private int start;
        private int length;

        internal AsciiWindow(byte[] bytes)
        {
            this.bytes = bytes;
        }

        /// <summary>The longest run the window holds; longer ones are decoded on their own, once per run.</summary>
        internal int Capacity => chars.Length;

        /// <summary>Appends the ASCII bytes of a range (at most <see cref="Capacity"/> long) as chars.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void AppendTo(StringBuilder builder, int rangeStart, int rangeLength)
        {
            if (rangeStart < start || rangeStart + rangeLength > start + length)
            {
                Refill(rangeStart);
            }

            builder.Append(chars, rangeStart - start, rangeLength);
        }

        private void Refill(int from)
        {
            start = from;
            length = System.Math.Min(chars.Length, bytes.Length - from);
            Latin1.GetChars(bytes, start, length, chars, 0);
        }
    }
}
