namespace Kei.Toml
{
    /// <summary>Well-formed UTF-8 as Unicode defines it (table 3-7): what the byte entry point accepts in strings and comments.</summary>
    internal static class TomlUtf8
    {
        /// <summary>Length of the well-formed sequence at <paramref name="i"/> (1 for ASCII), 0 when ill-formed.</summary>
        internal static int SequenceLength(byte[] bytes, int i)
        {
            byte lead = bytes[i];
            if (lead < 0x80)
            {
                return 1;
            }

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
    }
}
