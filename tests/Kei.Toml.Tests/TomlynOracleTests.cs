using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kei.Toml.Tests.Oracle;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// Tomlyn as the oracle for values: on every valid case of both toml-test lists (and the nine cases TOML 1.1 made
    /// valid) the two readers decode the same values, but for the explained differences of <see cref="TomlynDisagreements"/>.
    /// The fuzzer does the same on every mutated document both readers accept (<see cref="FuzzTests"/>).
    /// </summary>
    public sealed class TomlynOracleTests
    {
        private readonly ITestOutputHelper output;

        public TomlynOracleTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Every_valid_case_decodes_to_tomlyns_values()
        {
            List<string> cases = TomlTestSuite.ValidCases(TomlTestSuite.Toml11).Concat(TomlTestSuite.ValidOnlyIn10)
                .Concat(TomlTestSuite.MadeValidByToml11).ToList();
            var counts = new OracleCounts();
            var failures = new List<string>();
            foreach (string name in cases)
            {
                byte[] bytes = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml"));
                Tomlyn.Model.TomlTable? tomlyn = TomlynOracle.TryRead(bytes, out System.Exception? refusal);
                if (tomlyn == null)
                {
                    failures.Add(name + ": Tomlyn refused a valid case: " + refusal!.Message);
                    continue;
                }

                counts.Compared++;
                string? difference = TomlynOracle.UnlistedDifference(TomlReader.Parse(bytes), tomlyn, counts);
                if (difference != null)
                {
                    failures.Add(name + ": " + difference);
                }
            }

            output.WriteLine(cases.Count + " valid cases; " + counts.Summary);
            failures.ForEach(output.WriteLine);
            Assert.Equal(cases.Count, counts.Compared);
            Assert.Empty(failures);
        }

        /// <summary>The listed disagreement is real (Tomlyn 2.11.1 does this) and is the only thing the list excuses.</summary>
        [Fact]
        public void Listed_disagreement_is_counted_and_nothing_else_is_excused()
        {
            const string Reopened = "[[a]]\nx = 1\n[[b]]\ny = 2\n[[a.c]]\nz = 3\n";
            Tomlyn.Model.TomlTable? tomlyn = TomlynOracle.TryRead(System.Text.Encoding.UTF8.GetBytes(Reopened), out _);
            var counts = new OracleCounts();

            Assert.Null(TomlynOracle.UnlistedDifference(TomlReader.Parse(Reopened), tomlyn!, counts));
            Assert.Equal(1, counts.Listed["tomlyn-loses-array-of-tables-reopened-after-another"]);
            Assert.IsType<Tomlyn.Model.TomlTable>(tomlyn!["a"]);
            Assert.NotNull(TomlynOracle.UnlistedDifference(TomlReader.Parse("[[a]]\nx = 1\n[[b]]\ny = 3\n[[a.c]]\nz = 3\n"), tomlyn!, new OracleCounts()));
        }

        [Fact]
        public void Crlf_in_a_multiline_string_is_a_listed_difference_and_other_text_is_not()
        {
            byte[] crlf = System.Text.Encoding.UTF8.GetBytes("s = \"\"\"a\r\nb\"\"\"\r\n");
            Tomlyn.Model.TomlTable? tomlyn = TomlynOracle.TryRead(crlf, out _);
            var counts = new OracleCounts();

            Assert.Equal("a\r\nb", tomlyn!["s"]);
            Assert.Null(TomlynOracle.UnlistedDifference(TomlReader.Parse(crlf), tomlyn!, counts));
            Assert.Equal(1, counts.Listed["multiline-string-crlf-read-as-lf"]);
            Assert.NotNull(TomlynOracle.UnlistedDifference(TomlReader.Parse("s = \"\"\"a\nc\"\"\"\n"), tomlyn!, new OracleCounts()));
        }

        [Theory]
        [InlineData("a = 1\n", "a = 2\n")]
        [InlineData("s = \"x\"\n", "s = \"y\"\n")]
        [InlineData("t = 07:32:00\n", "t = 07:32:01\n")]
        [InlineData("d = 1979-05-27T07:32:00Z\n", "d = 1979-05-27T07:32:00+01:00\n")]
        [InlineData("f = 0.1\n", "f = 0.10000000000000002\n")]
        [InlineData("a = [1, 2]\n", "a = [1, 2, 3]\n")]
        [InlineData("[t]\nx = 1\n", "[t]\ny = 1\n")]
        [InlineData("a = 1\n", "a = 1.0\n")]
        public void A_different_value_is_reported(string keiText, string tomlynText)
        {
            Tomlyn.Model.TomlTable? tomlyn = TomlynOracle.TryRead(System.Text.Encoding.UTF8.GetBytes(tomlynText), out _);
            Assert.NotNull(tomlyn);
            Assert.NotNull(TomlynOracle.UnlistedDifference(TomlReader.Parse(keiText), tomlyn!, new OracleCounts()));
            Assert.Null(TomlynOracle.UnlistedDifference(TomlReader.Parse(tomlynText), tomlyn!, new OracleCounts()));
        }
    }
}
