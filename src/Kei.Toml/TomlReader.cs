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

            return new TomlParser(text, acceptBom: true).ParseDocument();
        }

        /// <summary>Parses UTF-8 bytes (a BOM is accepted; invalid UTF-8 is a <see cref="TomlException"/> with its position).</summary>
        public static TomlTable Parse(byte[] utf8)
        {
            if (utf8 == null)
            {
                throw new ArgumentNullException(nameof(utf8));
            }

            return new TomlParser(TomlUtf8.Decode(utf8), acceptBom: false).ParseDocument();
        }
    }
}
