using System;

namespace Kei.Toml
{
    /// <summary>Entry points of the TOML 1.1 reader (which reads every TOML 1.0 document the same way).</summary>
    public static class TomlReader
    {
        /// <summary>Parses a document; throws <see cref="TomlException"/> with line and column on any error.</summary>
        public static TomlTable Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return new TomlParser<StringText>(new StringText(text)).ParseDocument();
        }

        /// <summary>
        /// Parses UTF-8 bytes in place, without decoding them to a string first (a BOM is accepted; invalid UTF-8 is a
        /// <see cref="TomlException"/> at its position). Columns count UTF-16 units, as for <see cref="Parse(string)"/>.
        /// </summary>
        public static TomlTable Parse(byte[] utf8)
        {
            if (utf8 == null)
            {
                throw new ArgumentNullException(nameof(utf8));
            }

            return new TomlParser<Utf8Text>(new Utf8Text(utf8)).ParseDocument();
        }
    }
}
