namespace Kei.Toml
{
    /// <summary>Character classes of the TOML grammar, written as range checks so the hot loops stay branch-cheap.</summary>
    internal static class TomlCharacters
    {
        /// <summary>A value no radix reaches, returned by <see cref="DigitValue"/> for non-digits.</summary>
        internal const int NotADigit = 99;

        internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

        /// <summary>A-Z a-z 0-9 _ - : the characters of an unquoted key.</summary>
        internal static bool IsBareKeyChar(char c) =>
            (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '-';

        /// <summary>U+0020–U+007E, the characters every string and comment may hold as they are (one unsigned compare).</summary>
        internal static bool IsPrintableAscii(char c) => (uint)(c - ' ') < '\x7F' - ' ';

        /// <summary>Control characters TOML forbids in strings and comments: U+0000–U+001F except tab, and U+007F.</summary>
        internal static bool IsForbiddenControl(char c) => (c < ' ' && c != '\t') || c == '\x7F';

        /// <summary>The value of a hexadecimal digit (also serves decimal, octal and binary), else <see cref="NotADigit"/>.</summary>
        internal static int DigitValue(char c)
        {
            if ((uint)(c - '0') <= 9)
            {
                return c - '0';
            }

            int lower = c | 0x20;
            if ((uint)(lower - 'a') <= 'f' - 'a')
            {
                return lower - 'a' + 10;
            }

            return NotADigit;
        }
    }
}
