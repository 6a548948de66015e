using System.IO;
using System.Linq;
using System.Text;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Tests
{
    /// <summary>The fuzzer's tree-against-text check: it holds for every valid compliance case and catches a wrong tree.</summary>
    public sealed class TreeInvariantsTests
    {
        [Fact]
        public void Holds_for_every_valid_compliance_case()
        {
            foreach (string name in TomlTestSuite.ValidCases(TomlTestSuite.Toml11).Concat(TomlTestSuite.ValidOnlyIn10))
            {
                byte[] bytes = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml"));
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF;
                string text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
                string? problem = TreeInvariants.Check(text, TomlReader.Parse(bytes));
                Assert.True(problem == null, name + ": " + problem);
            }
        }

        [Theory]
        [InlineData("a = 1\n", 1, 1, 1, 2)]
        [InlineData("a = 12\n", 1, 5, 1, 13)]
        [InlineData("a = 0x10\n", 1, 5, 4, 17)]
        [InlineData("a = 1.5\n", 1, 5, 3, 1.25)]
        [InlineData("a = 1979-05-27\n", 1, 5, 10, null)]
        public void Reports_a_value_that_does_not_match_its_span(string text, int line, int column, int length, object? wrong)
        {
            var root = new TomlTable(new TomlPosition(1, 1, 0), TomlTableKind.Root);
            var position = new TomlPosition(line, column, length);
            TomlValue value = wrong switch
            {
                int i => new TomlInteger(i, position),
                double d => new TomlFloat(d, position),
                _ => new TomlDateTime(TomlValueKind.LocalDate, new TomlDateTimeParts(1979, 5, 28, 0, 0, 0, string.Empty, 0), position),
            };
            root.TryAdd(new TomlEntry("a", new TomlPosition(1, 1, 1), value));
            Assert.NotNull(TreeInvariants.Check(text, root));
        }

        [Fact]
        public void Reports_a_key_position_that_does_not_spell_the_key()
        {
            TomlTable parsed = TomlReader.Parse("name = 1\n");
            var root = new TomlTable(new TomlPosition(1, 1, 0), TomlTableKind.Root);
            root.TryAdd(new TomlEntry("name", new TomlPosition(1, 2, 4), PositionTests.Get(parsed, "name")));
            Assert.NotNull(TreeInvariants.Check("name = 1\n", root));
            Assert.Null(TreeInvariants.Check("name = 1\n", parsed));
        }
    }
}
