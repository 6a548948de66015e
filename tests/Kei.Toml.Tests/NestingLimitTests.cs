using System.Threading;

namespace Kei.Toml.Tests
{
    /// <summary>Deep input is a clean error with a position, never a stack overflow.</summary>
    public sealed class NestingLimitTests
    {
        private const int Limit = 512;

        [Fact]
        public void Hundred_thousand_nested_brackets_in_a_value_are_an_error_at_the_first_too_deep_one()
        {
            string toml = "a = " + new string('[', 100_000);
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(toml));
            Assert.Contains("nested deeper than 512", error.Reason);
            Assert.Equal((1, 5 + Limit), (error.Line, error.Column));
        }

        [Fact]
        public void Hundred_thousand_brackets_alone_are_an_error()
        {
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(new string('[', 100_000)));
            Assert.Equal((1, 3), (error.Line, error.Column));
        }

        [Fact]
        public void Nesting_up_to_the_limit_is_read()
        {
            string toml = "a = " + new string('[', Limit) + new string(']', Limit) + "\n";
            TomlValue value = PositionTests.Get(TomlReader.Parse(toml), "a");
            for (int depth = 1; depth < Limit; depth++)
            {
                value = Assert.Single((TomlArray)value);
            }

            Assert.Empty((TomlArray)value);
            string tooDeep = "a = " + new string('[', Limit + 1) + new string(']', Limit + 1) + "\n";
            Assert.Throws<TomlException>(() => TomlReader.Parse(tooDeep));
        }

        [Fact]
        public void Deep_inline_tables_are_an_error()
        {
            string toml = "a = " + string.Concat(System.Linq.Enumerable.Repeat("{b = ", 100_000));
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(toml));
            Assert.Contains("nested deeper than 512", error.Reason);
            Assert.Equal(1, error.Line);
            // The key whose value would open level 513 is reported: the 512th table's 'b'.
            Assert.Equal(5 + (Limit * 5) - 4, error.Column);
        }

        [Fact]
        public void Deep_dotted_keys_and_headers_are_an_error()
        {
            string key = string.Join(".", System.Linq.Enumerable.Repeat("k", 100_000));
            TomlException dotted = Assert.Throws<TomlException>(() => TomlReader.Parse(key + " = 1\n"));
            Assert.Equal((1, 1), (dotted.Line, dotted.Column));
            TomlException header = Assert.Throws<TomlException>(() => TomlReader.Parse("x = 1\n[" + key + "]\n"));
            Assert.Equal((2, 2), (header.Line, header.Column));
        }

        [Fact]
        public void Deep_input_on_a_small_stack_is_still_a_toml_exception()
        {
            string toml = "a = " + new string('[', 100_000);
            object? outcome = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        TomlReader.Parse(toml);
                        outcome = "parsed";
                    }
                    catch (System.Exception e)
                    {
                        outcome = e;
                    }
                },
                maxStackSize: 128 * 1024);
            thread.Start();
            thread.Join();
            Assert.IsType<TomlException>(outcome);
        }
    }
}
