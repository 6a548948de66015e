namespace Kei.Toml
{
    /// <summary>
    /// A small direct-mapped cache of short strings: the keys of every element of an array of tables, and values such
    /// as "info" or "true", repeat through a document; sharing them saves an allocation each time.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private const int MaxCachedLength = 32;

        // Created on first use, sized to the document: a small manifest does not need (or pay for) 256 slots.
        private string?[]? stringCache;

        /// <summary>
        /// Same as <c>text.Substring(start, length)</c>, but a short string seen recently is reused (from UTF-8, ASCII
        /// ones only). <paramref name="isAscii"/>: the parser read no multi-byte sequence in the range.
        /// </summary>
        private string Slice(int start, int length, bool isAscii)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            if (length > MaxCachedLength)
            {
                return isAscii ? text.AsciiSubstring(start, length) : text.Substring(start, length);
            }

            uint hash = 2166136261;
            int seen = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                hash = (hash ^ c) * 16777619;
                seen |= text.IsUtf8 && !isAscii ? c : 0;
            }

            // Bytes of a multi-byte sequence are not characters: compare and cache decoded text only.
            return text.IsUtf8 && seen >= 0x80 ? text.Substring(start, length) : FromCache(start, length, hash);
        }

        private string FromCache(int start, int length, uint hash)
        {
            string?[] cache = stringCache ??= new string?[text.Length < 8192 ? 32 : 256];
            int slot = (int)(hash & (uint)(cache.Length - 1));
            string? cached = cache[slot];
            if (cached != null && cached.Length == length && text.RangeEquals(start, cached))
            {
                return cached;
            }

            string created = text.AsciiSubstring(start, length);
            cache[slot] = created;
            return created;
        }
    }
}
