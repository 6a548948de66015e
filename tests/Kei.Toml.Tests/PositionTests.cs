namespace Kei.Toml.Tests
{
    /// <summary>Every key and value carries where it is written; a table points at its header.</summary>
    public sealed class PositionTests
    {
        internal const string Document =
            "title = \"TOML\"\n" +
            "[owner]\n" +
            "name = \"Tom\"\n" +
            "  dob = 1979-05-27T07:32:00-08:00\n" +
            "[database.settings]\n" +
            "ports = [ 8000, 8001,\n" +
            "  8002 ]\n" +
            "\"quoted key\".x = 'lit'\n" +
            "multi = \"\"\"\n" +
            "ab\"\"\"\n" +
            "inline = { b = true }\n" +
            "[[items]]\n" +
            "[database]\n";

        internal static TomlValue Get(TomlTable table, params string[] path)
        {
            TomlValue current = table;
            foreach (string key in path)
            {
                Assert.True(((TomlTable)current).TryGetValue(key, out current), "missing key " + key);
            }

            return current;
        }

        internal static TomlEntry Entry(TomlTable table, params string[] path)
        {
            var parent = (TomlTable)Get(table, path[..^1]);
            Assert.True(parent.TryGetEntry(path[^1], out TomlEntry entry));
            return entry;
        }

        [Fact]
        public void Keys_and_values_have_line_column_and_length()
        {
            TomlTable doc = TomlReader.Parse(Document);
            Assert.Equal(new TomlPosition(1, 1, 5), Entry(doc, "title").KeyPosition);
            Assert.Equal(new TomlPosition(1, 9, 6), Get(doc, "title").Position);
            Assert.Equal(new TomlPosition(3, 1, 4), Entry(doc, "owner", "name").KeyPosition);
            Assert.Equal(new TomlPosition(3, 8, 5), Get(doc, "owner", "name").Position);
            Assert.Equal(new TomlPosition(4, 3, 3), Entry(doc, "owner", "dob").KeyPosition);
            Assert.Equal(new TomlPosition(4, 9, 25), Get(doc, "owner", "dob").Position);
            Assert.Equal(new TomlPosition(8, 1, 12), Entry(doc, "database", "settings", "quoted key").KeyPosition);
            Assert.Equal(new TomlPosition(8, 14, 1), Entry(doc, "database", "settings", "quoted key", "x").KeyPosition);
            Assert.Equal(new TomlPosition(8, 18, 5), Get(doc, "database", "settings", "quoted key", "x").Position);
        }

        [Fact]
        public void Values_spanning_lines_start_where_written_and_count_every_character()
        {
            TomlTable doc = TomlReader.Parse(Document);
            var ports = (TomlArray)Get(doc, "database", "settings", "ports");
            Assert.Equal(new TomlPosition(6, 9, 22), ports.Position);
            Assert.Equal(new TomlPosition(7, 3, 4), ports[2].Position);
            Assert.Equal(new TomlPosition(9, 9, 9), Get(doc, "database", "settings", "multi").Position);
            Assert.Equal("ab", ((TomlString)Get(doc, "database", "settings", "multi")).Value);
        }

        [Theory]
        [InlineData("plain = \"\"\"\nl\u00E9ne 1\nline 2\"\"\"\n", "l\u00E9ne 1\nline 2")]
        [InlineData("plain = '''\nl\u00E9ne 1\n\tline 2'''\n", "l\u00E9ne 1\n\tline 2")]
        [InlineData("plain = \"\"\"\nl\u00E9ne \\t1\nline 2\"\"\"\n", "l\u00E9ne \t1\nline 2")]
        [InlineData("plain = \"\"\"\nl\u00E9ne 1\r\nline 2\"\"\"\n", "l\u00E9ne 1\nline 2")]
        [InlineData("plain = \"\"\"\nl\u00E9ne 1\nline 2\"\"\"\"\n", "l\u00E9ne 1\nline 2\"")]
        public void Lines_inside_a_multi_line_string_count_for_what_follows(string head, string value)
        {
            // Basic and literal, with an escape, a CRLF or a quote before the closing one: from text and from bytes alike.
            string valid = head + "  next = 1\n";
            foreach (TomlTable doc in new[] { TomlReader.Parse(valid), TomlReader.Parse(System.Text.Encoding.UTF8.GetBytes(valid)) })
            {
                Assert.Equal(value, ((TomlString)Get(doc, "plain")).Value);
                Assert.Equal(new TomlPosition(4, 3, 4), Entry(doc, "next").KeyPosition);
                Assert.Equal(new TomlPosition(4, 10, 1), Get(doc, "next").Position);
            }

            // A bare non-ASCII value is an error, reported from bytes at its own line and column.
            string invalid = head + "  next = \u00E9\n";
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(System.Text.Encoding.UTF8.GetBytes(invalid)));
            Assert.Equal((4, 10), (error.Line, error.Column));
        }

        [Fact]
        public void Tables_point_at_their_header_or_brace()
        {
            TomlTable doc = TomlReader.Parse(Document);
            Assert.Equal(new TomlPosition(2, 1, 7), Get(doc, "owner").Position);
            Assert.Equal(new TomlPosition(2, 2, 5), Entry(doc, "owner").KeyPosition);
            Assert.Equal(new TomlPosition(5, 1, 19), Get(doc, "database", "settings").Position);
            Assert.Equal(new TomlPosition(5, 11, 8), Entry(doc, "database", "settings").KeyPosition);
            Assert.Equal(new TomlPosition(11, 10, 1), Get(doc, "database", "settings", "inline").Position);
            Assert.Equal(new TomlPosition(11, 12, 1), Entry(doc, "database", "settings", "inline", "b").KeyPosition);
            Assert.Equal(new TomlPosition(12, 1, 9), ((TomlArray)Get(doc, "items"))[0].Position);
        }

        [Fact]
        public void Implicit_table_moves_to_the_header_that_defines_it()
        {
            TomlTable doc = TomlReader.Parse(Document);
            var database = (TomlTable)Get(doc, "database");
            Assert.Equal(TomlTableKind.Header, database.TableKind);
            Assert.Equal(new TomlPosition(13, 1, 10), database.Position);
            Assert.Equal(new TomlPosition(5, 2, 8), Entry(doc, "database").KeyPosition);
        }

        [Fact]
        public void Dotted_keys_record_each_segment()
        {
            TomlTable doc = TomlReader.Parse("a . b.'c' = 1\n");
            Assert.Equal(new TomlPosition(1, 1, 1), Entry(doc, "a").KeyPosition);
            Assert.Equal(new TomlPosition(1, 5, 1), Entry(doc, "a", "b").KeyPosition);
            Assert.Equal(new TomlPosition(1, 7, 3), Entry(doc, "a", "b", "c").KeyPosition);
            Assert.Equal(new TomlPosition(1, 13, 1), Get(doc, "a", "b", "c").Position);
            Assert.Equal(TomlTableKind.Dotted, ((TomlTable)Get(doc, "a")).TableKind);
        }
    }
}
