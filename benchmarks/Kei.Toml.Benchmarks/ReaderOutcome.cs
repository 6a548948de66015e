using System;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Toml.Decoder;
using Model = Tomlyn.Model;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// What one reader made of one toml-test case: accepted with its tagged JSON (null when the reader yields no
    /// values), or rejected, with or without a line and column, by the reader's own exception or a foreign one.
    /// </summary>
    public sealed record ReaderOutcome(bool Accepted, string? Json, bool HasPosition, bool OwnException)
    {
        public static readonly string[] Readers = { "Kei.Toml", "Tomlyn model", "Tomlyn validating parse" };

        public static ReaderOutcome Of(string reader, byte[] bytes)
        {
            try
            {
                switch (reader)
                {
                    case "Kei.Toml": return Accept(TaggedJson.ToJson(TomlReader.Parse(bytes), indented: false));
                    case "Tomlyn model": return Accept(TomlynTaggedJson.ToJson(Tomlyn.TomlSerializer.Deserialize<Model.TomlTable>(new MemoryStream(bytes))!));
                    default: return Validate(bytes);
                }
            }
            catch (TomlException e)
            {
                return new ReaderOutcome(false, null, e.Line >= 1 && e.Column >= 1, reader == "Kei.Toml");
            }
            catch (Tomlyn.TomlException e)
            {
                return new ReaderOutcome(false, null, e.Line.HasValue && e.Column.HasValue, reader != "Kei.Toml");
            }
            catch (Exception)
            {
                // Anything else (e.g. a decoder's exception on invalid UTF-8) is a rejection without a position.
                return new ReaderOutcome(false, null, false, false);
            }
        }

        private static ReaderOutcome Accept(string json) => new ReaderOutcome(true, json, false, true);

        /// <summary>Tomlyn's syntax parse with validation, reading the bytes as a strict UTF-8 stream (as a file would be read).</summary>
        private static ReaderOutcome Validate(byte[] bytes)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, true));
            Tomlyn.Syntax.DocumentSyntax document = Tomlyn.Parsing.SyntaxParser.Parse(reader, "document.toml", true);
            if (!document.HasErrors)
            {
                return new ReaderOutcome(true, null, false, true);
            }

            bool located = document.Diagnostics.Any(d => d.Span.Start.Line >= 0);
            return new ReaderOutcome(false, null, located, true);
        }
    }
}
