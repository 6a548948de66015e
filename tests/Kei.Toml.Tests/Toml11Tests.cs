using System.Text;

namespace Kei.Toml.Tests
{
    /// <summary>What TOML 1.1 added: inline tables over several lines, the \e and \xHH escapes, times without seconds.</summary>
    public sealed class Toml11Tests
    {
        private const string MultilineInlineTable =
            "limits = { # per job\n"
            + "  cpu = 4,\n"
            + "\n"
            + "  memory = \"16Gi\", # trailing comma next\n"
            + "  gpu = { kind = \"h100\", count = 2, },\n"
            + "}\n"
            + "after = 1\n";

        [Fact]
        public void Inline_table_spans_lines_with_comments_and_trailing_commas()
        {
            TomlTable doc = TomlReader.Parse(MultilineInlineTable);
            var limits = (TomlTable)PositionTests.Get(doc, "limits");

            Assert.Equal(TomlTableKind.Inline, limits.TableKind);
            Assert.Equal(new[] { "cpu", "memory", "gpu" }, System.Linq.Enumerable.Select(limits.Entries, e => e.Key));
            Assert.Equal(2L, ((TomlInteger)PositionTests.Get(doc, "limits", "gpu", "count")).Value);
            Assert.Equal(1L, ((TomlInteger)PositionTests.Get(doc, "after")).Value);
        }

        [Fact]
        public void Positions_inside_a_multiline_inline_table_are_on_their_own_lines()
        {
            TomlTable doc = TomlReader.Parse(MultilineInlineTable);

            Assert.Equal(new TomlPosition(1, 10, 1), PositionTests.Get(doc, "limits").Position);
            Assert.Equal(new TomlPosition(2, 3, 3), PositionTests.Entry(doc, "limits", "cpu").KeyPosition);
            Assert.Equal(new TomlPosition(4, 12, 6), PositionTests.Get(doc, "limits", "memory").Position);
            Assert.Equal(new TomlPosition(5, 34, 1), PositionTests.Get(doc, "limits", "gpu", "count").Position);
            Assert.Equal(new TomlPosition(7, 1, 5), PositionTests.Entry(doc, "after").KeyPosition);
        }

        [Fact]
        public void Empty_inline_table_may_hold_newlines_and_comments()
        {
            TomlTable doc = TomlReader.Parse("t = {\n  # nothing yet\n}\n");
            Assert.Equal(0, ((TomlTable)PositionTests.Get(doc, "t")).Count);
        }

        [Fact]
        public void Inline_table_is_still_closed_to_later_keys()
        {
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse("t = {\n  a = 1,\n}\nt.b = 2\n"));
            Assert.Equal("key 't' was first defined at line 1, column 1 as inline table; dotted keys cannot extend it here", error.Reason);
        }

        [Theory]
        [InlineData("\"\\e[0m\"", "\u001B[0m")]
        [InlineData("\"caf\\xE9 \\x00\\x7f\"", "caf\u00E9 \u0000\u007F")]
        [InlineData("\"\"\"\n\\x41\\e\"\"\"", "A\u001B")]
        [InlineData("'\\x41\\e'", "\\x41\\e")]
        public void Escapes_added_by_toml_11(string literal, string expected)
        {
            TomlTable doc = TomlReader.Parse("s = " + literal + "\n");
            Assert.Equal(expected, ((TomlString)PositionTests.Get(doc, "s")).Value);
        }

        [Theory]
        [InlineData("13:37", TomlValueKind.LocalTime, "13:37:00")]
        [InlineData("1979-05-27 07:32Z", TomlValueKind.OffsetDateTime, "1979-05-27T07:32:00Z")]
        [InlineData("1979-05-27T07:32-07:00", TomlValueKind.OffsetDateTime, "1979-05-27T07:32:00-07:00")]
        [InlineData("1979-05-27T07:32", TomlValueKind.LocalDateTime, "1979-05-27T07:32:00")]
        public void Seconds_are_optional(string literal, TomlValueKind kind, string text)
        {
            TomlTable doc = TomlReader.Parse("t = " + literal + "\n");
            var value = (TomlDateTime)PositionTests.Get(doc, "t");

            Assert.Equal((kind, text, 0), (value.Kind, value.ToString(), value.Parts.Second));
            Assert.Equal(new TomlPosition(1, 5, literal.Length), value.Position);
        }

        [Fact]
        public void Bytes_and_text_read_toml_11_alike()
        {
            string text = MultilineInlineTable + "s = \"\\e\\xE9\u00E9\"\nt = 07:32\n";
            string fromText = Decoder.TaggedJson.ToJson(TomlReader.Parse(text));
            Assert.Equal(fromText, Decoder.TaggedJson.ToJson(TomlReader.Parse(Encoding.UTF8.GetBytes(text))));
        }
    }
}
