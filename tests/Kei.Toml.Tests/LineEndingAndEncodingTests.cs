using System.Text;
using Kei.Toml.Decoder;

namespace Kei.Toml.Tests
{
    /// <summary>CRLF reads like LF; the byte entry point takes a BOM and reports bad UTF-8 where it is.</summary>
    public sealed class LineEndingAndEncodingTests
    {
        [Fact]
        public void Crlf_gives_the_same_tree_and_positions_as_lf()
        {
            string lf = PositionTests.Document;
            string crlf = lf.Replace("\n", "\r\n");
            TomlTable fromLf = TomlReader.Parse(lf);
            TomlTable fromCrlf = TomlReader.Parse(crlf);

            Assert.Equal(TaggedJson.ToJson(fromLf), TaggedJson.ToJson(fromCrlf));
            Assert.Equal(new TomlPosition(4, 9, 25), PositionTests.Get(fromCrlf, "owner", "dob").Position);
            Assert.Equal(new TomlPosition(7, 3, 4), ((TomlArray)PositionTests.Get(fromCrlf, "database", "settings", "ports"))[2].Position);
            Assert.Equal(new TomlPosition(13, 1, 10), PositionTests.Get(fromCrlf, "database").Position);
        }

        [Fact]
        public void Crlf_inside_multiline_strings_reads_as_lf()
        {
            TomlTable doc = TomlReader.Parse("s = \"\"\"\r\none\r\ntwo\"\"\"\r\nl = '''\r\nx\r\n'''\r\n");
            Assert.Equal("one\ntwo", ((TomlString)PositionTests.Get(doc, "s")).Value);
            Assert.Equal("x\n", ((TomlString)PositionTests.Get(doc, "l")).Value);
        }

        /// <summary>Values after multi-byte characters on their line: bytes give the UTF-16 columns text gives.</summary>
        [Theory]
        [InlineData("k.\"\u00E9\U0001F600\uFEFF\" = true\n")]
        [InlineData("s = \"\u20AC\" ; b = false\n")]
        [InlineData("a = ['\u00E9', true, 1, 1.5, 1979-05-27, \"\U0001F600\", false, {x = 07:32}]\n")]
        [InlineData("t = { n = \"\u00E9\u00E9\", # \u20AC\n  ok = true, d = 1979-05-27T07:32Z }\n")]
        public void Bytes_give_the_same_positions_as_text_after_multibyte_characters(string toml)
        {
            string text = toml.Replace(" ; ", "\n");
            var fromText = new System.Collections.Generic.List<TomlPosition>();
            var fromBytes = new System.Collections.Generic.List<TomlPosition>();
            Positions(TomlReader.Parse(text), fromText);
            Positions(TomlReader.Parse(Encoding.UTF8.GetBytes(text)), fromBytes);
            Assert.Equal(fromText, fromBytes);
            Assert.True(fromText.Count > 2);
        }

        /// <summary>
        /// Escaped strings from bytes: runs of ASCII are copied from a block of widened bytes, runs holding multi-byte
        /// characters are decoded; runs ending on either side of a block's end, longer than a block, and beside
        /// multi-byte characters read the same as from text.
        /// </summary>
        [Theory]
        [InlineData(1)]
        [InlineData(1023)]
        [InlineData(1024)]
        [InlineData(1025)]
        [InlineData(3000)]
        public void Escaped_strings_read_from_bytes_as_from_text(int runLength)
        {
            string run = new string('a', runLength - 1) + "z";
            var body = new StringBuilder();
            var expected = new StringBuilder();
            for (int i = 0; i < 7; i++)
            {
                string piece = i % 3 == 2 ? "\u00E9" + run + "\U0001F600" : run;
                body.Append(piece).Append(i % 2 == 0 ? "\\t" : "\\u0041");
                expected.Append(piece).Append(i % 2 == 0 ? '\t' : 'A');
            }

            string toml = "b = \"" + body + "\"\nm = \"\"\"\n" + body + "\\\n  x\n\"\"\"\n";
            foreach (TomlTable doc in new[] { TomlReader.Parse(toml), TomlReader.Parse(Encoding.UTF8.GetBytes(toml)) })
            {
                Assert.Equal(expected.ToString(), ((TomlString)PositionTests.Get(doc, "b")).Value);
                Assert.Equal(expected + "x\n", ((TomlString)PositionTests.Get(doc, "m")).Value);
                Assert.Equal(new TomlPosition(2, 5, toml.Length - toml.IndexOf("\"\"\"", System.StringComparison.Ordinal) - 1), PositionTests.Get(doc, "m").Position);
            }
        }

        private static void Positions(TomlValue value, System.Collections.Generic.List<TomlPosition> into)
        {
            into.Add(value.Position);
            if (value is TomlTable table)
            {
                foreach (TomlEntry entry in table.Entries)
                {
                    into.Add(entry.KeyPosition);
                    Positions(entry.Value, into);
                }
            }
            else if (value is TomlArray array)
            {
                foreach (TomlValue item in array)
                {
                    Positions(item, into);
                }
            }
        }

        [Fact]
        public void Bom_is_accepted_and_not_counted_as_a_column()
        {
            byte[] bytes = Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes("a = 1\n"));
            Assert.Equal(new TomlPosition(1, 1, 1), PositionTests.Entry(TomlReader.Parse(bytes), "a").KeyPosition);
            Assert.Equal(new TomlPosition(1, 5, 1), PositionTests.Get(TomlReader.Parse("\uFEFFa = 1\n"), "a").Position);
        }

        [Fact]
        public void Second_bom_is_an_error()
        {
            byte[] bytes = Concat(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes("a = 1\n"));
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(bytes));
            Assert.Equal((1, 1), (error.Line, error.Column));
        }

        [Theory]
        [InlineData("a = 1\nb = \"x", new byte[] { 0xFF }, "\"\n", 2, 7)]
        [InlineData("c = \"\u20AC", new byte[] { 0xC0, 0x80 }, "\"\n", 1, 7)]
        [InlineData("d = \"\U0001F600", new byte[] { 0xED, 0xA0, 0x80 }, "\"\n", 1, 8)]
        [InlineData("a = \"\u00E9\U0001F600\" # \u00E9\ne = \"", new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "\"\n", 2, 6)]
        [InlineData("# \u00E9\u20AC ", new byte[] { 0xFF }, "\n", 1, 6)]
        [InlineData("x = '''\n\u00E9", new byte[] { 0x80 }, "'''\n", 2, 2)]
        [InlineData("a = 1\n", new byte[] { 0xFF }, " = 1\n", 2, 1)]
        [InlineData("f = \"", new byte[] { 0xE2, 0x82 }, "", 1, 6)]
        public void Invalid_utf8_is_reported_at_its_line_and_column(string before, byte[] bad, string after, int line, int column)
        {
            byte[] bytes = Concat(Concat(Encoding.UTF8.GetBytes(before), bad), Encoding.UTF8.GetBytes(after));

            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(bytes));
            Assert.StartsWith("invalid UTF-8", error.Reason);
            Assert.Equal((line, column), (error.Line, error.Column));
        }

        /// <summary>
        /// The reader validates UTF-8 itself as it reads (strings and comments are the only places that may hold
        /// non-ASCII): it must refuse whatever the runtime's strict decoder refuses, and whenever it names invalid
        /// UTF-8 as the reason, the runtime must agree. Random bytes are tried alone and inside a string.
        /// </summary>
        [Fact]
        public void Utf8_validation_agrees_with_the_runtime_decoder()
        {
            var strict = new UTF8Encoding(false, true);
            var random = new System.Random(7);
            byte[] interesting = { 0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0 };
            for (int i = 0; i < 20_000; i++)
            {
                var bytes = new byte[1 + random.Next(6)];
                for (int b = 0; b < bytes.Length; b++)
                {
                    bytes[b] = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
                }

                AssertAgreesWithRuntime(strict, bytes);
                AssertAgreesWithRuntime(strict, Concat(Concat(Encoding.UTF8.GetBytes("s = \""), bytes), Encoding.UTF8.GetBytes("\"\n")));
            }
        }

        private static void AssertAgreesWithRuntime(UTF8Encoding strict, byte[] bytes)
        {
            bool runtimeRefuses = false;
            try
            {
                strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                runtimeRefuses = true;
            }

            string? reason = null;
            try
            {
                TomlReader.Parse(bytes);
            }
            catch (TomlException e)
            {
                reason = e.Reason;
            }

            bool readerNamesEncoding = reason != null && reason.StartsWith("invalid UTF-8: byte 0x", System.StringComparison.Ordinal);
            Assert.True(!runtimeRefuses || reason != null, System.BitConverter.ToString(bytes) + ": accepted invalid UTF-8");
            Assert.True(!readerNamesEncoding || runtimeRefuses, System.BitConverter.ToString(bytes) + ": " + reason);
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            var result = new byte[first.Length + second.Length];
            first.CopyTo(result, 0);
            second.CopyTo(result, first.Length);
            return result;
        }
    }
}
