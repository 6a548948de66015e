using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// UTF-8 decoding for the byte entry point. The runtime's strict (vectorised) decoder does the work in one pass;
    /// only when it refuses the input do we walk the bytes ourselves to say at which line and column the fault is.
    /// </summary>
    internal static class TomlUtf8
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        internal static string Decode(byte[] bytes)
        {
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return Strict.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                int fault = FindFault(bytes, start);
                throw fault >= 0 ? FaultError(bytes, start, fault) : new TomlException("invalid UTF-8", 1, 1);
            }
        }

        /// <summary>The index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
        internal static int FindFault(byte[] bytes, int start)
        {
            int i = start;
            while (i < bytes.Length)
            {
                if (bytes[i] < 0x80)
                {
                    i++;
                    continue;
                }

                int length = SequenceLength(bytes, i);
                if (length == 0)
                {
                    return i;
                }

                i += length;
            }

            return -1;
        }

        /// <summary>Length of the well-formed sequence at <paramref name="i"/> (Unicode table 3-7), 0 when ill-formed.</summary>
        private static int SequenceLength(byte[] bytes, int i)
        {
            byte lead = bytes[i];
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                return Continues(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
            }

            if (lead >= 0xE0 && lead <= 0xEF)
            {
                byte low = lead == 0xE0 ? (byte)0xA0 : (byte)0x80;
                byte high = lead == 0xED ? (byte)0x9F : (byte)0xBF;
                return Continues(bytes, i + 1, low, high) && Continues(bytes, i + 2, 0x80, 0xBF) ? 3 : 0;
            }

            if (lead >= 0xF0 && lead <= 0xF4)
            {
                byte low = lead == 0xF0 ? (byte)0x90 : (byte)0x80;
                byte high = lead == 0xF4 ? (byte)0x8F : (byte)0xBF;
                bool valid = Continues(bytes, i + 1, low, high) && Continues(bytes, i + 2, 0x80, 0xBF) && Continues(bytes, i + 3, 0x80, 0xBF);
                return valid ? 4 : 0;
            }

            return 0;
        }

        private static bool Continues(byte[] bytes, int i, byte low, byte high) => i < bytes.Length && bytes[i] >= low && bytes[i] <= high;

        /// <summary>Line and column (UTF-16 units, as everywhere else) of the faulty byte, counted from the valid text before it.</summary>
        private static TomlException FaultError(byte[] bytes, int start, int fault)
        {
            int line = 1;
            int column = 1;
            for (int i = start; i < fault; i++)
            {
                byte b = bytes[i];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // A lead byte starts one character; four-byte sequences are two UTF-16 units.
                    column += b >= 0xF0 ? 2 : 1;
                }
            }

            string reason = "invalid UTF-8: byte 0x" + bytes[fault].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + " does not start a valid sequence";
            return new TomlException(reason, line, column);
        }
    }
}
