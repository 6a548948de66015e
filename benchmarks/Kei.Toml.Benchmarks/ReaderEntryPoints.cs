using System;
using System.Collections.Generic;
using System.Text;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// The ways of reading a document that the speed tables compare, by name: Kei.Toml from bytes, from text, and by
    /// decoding the bytes to a string first (what <c>Parse(byte[])</c> must not be slower than); Tomlyn's model
    /// (<c>TomlSerializer.Deserialize&lt;TomlTable&gt;</c>) and its validating syntax parse.
    /// </summary>
    public static class ReaderEntryPoints
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static readonly IReadOnlyList<string> Names = new[] { "bytes", "text", "decode", "tomlyn", "tomlyn-validate" };

        /// <summary>A parse of the document in the named way; the bytes and text are prepared outside it.</summary>
        public static Func<object> For(string name, byte[] bytes)
        {
            string text = StrictUtf8.GetString(bytes);
            switch (name)
            {
                case "bytes": return () => TomlReader.Parse(bytes);
                case "text": return () => TomlReader.Parse(text);
                case "decode": return () => TomlReader.Parse(StrictUtf8.GetString(bytes));
                case "tomlyn": return () => Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(text)!;
                case "tomlyn-validate": return () => Tomlyn.Parsing.SyntaxParser.Parse(text, "document.toml", true);
                default: throw new ArgumentException("unknown entry point '" + name + "'; one of " + string.Join(", ", Names), nameof(name));
            }
        }
    }
}
