using System.Collections.Generic;
using System.Linq;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// Both lists of toml-test: every case of TOML 1.1.0, and every case of 1.0.0 (its valid cases still valid, its
    /// invalid cases still rejected except the nine that 1.1 made valid). One test per case, plus a summary per list.
    /// </summary>
    public sealed class ComplianceTests
    {
        private readonly ITestOutputHelper output;

        public ComplianceTests(ITestOutputHelper output) => this.output = output;

        public static TheoryData<string> ValidCases => TomlTestSuite.Rows(() => TomlTestSuite.ValidCases(TomlTestSuite.Toml11));

        public static TheoryData<string> InvalidCases => TomlTestSuite.Rows(() => TomlTestSuite.InvalidCases(TomlTestSuite.Toml11));

        public static TheoryData<string> ValidOnlyIn10 => TomlTestSuite.Rows(() => TomlTestSuite.ValidOnlyIn10);

        public static TheoryData<string> InvalidOnlyIn10 => TomlTestSuite.Rows(() => TomlTestSuite.InvalidOnlyIn10);

        public static TheoryData<string> MadeValidByToml11 => TomlTestSuite.Rows(() => TomlTestSuite.MadeValidByToml11);

        [Theory]
        [MemberData(nameof(ValidCases))]
        [MemberData(nameof(ValidOnlyIn10))]
        public void Valid_case_matches_expected_json(string name) => AssertPasses(name, ComplianceCase.RunValid);

        [Theory]
        [MemberData(nameof(InvalidCases))]
        [MemberData(nameof(InvalidOnlyIn10))]
        public void Invalid_case_is_rejected_with_toml_exception(string name) => AssertPasses(name, ComplianceCase.RunInvalid);

        [Theory]
        [MemberData(nameof(MadeValidByToml11))]
        public void Toml10_invalid_case_that_toml11_made_valid_is_accepted(string name) => AssertPasses(name, ComplianceCase.RunAccepted);

        [Fact]
        public void Summary_counts_the_toml_11_list()
        {
            (int validPassed, int invalidPassed) = Summarize(TomlTestSuite.Toml11, new List<string>());
            Assert.Equal((220, 492), (validPassed, invalidPassed));
        }

        [Fact]
        public void Summary_counts_the_toml_10_list()
        {
            (int validPassed, int invalidPassed) = Summarize(TomlTestSuite.Toml10, TomlTestSuite.MadeValidByToml11);
            Assert.Equal((210, 490), (validPassed, invalidPassed));
        }

        private static void AssertPasses(string name, System.Func<string, string?> run)
        {
            string? failure = name == TomlTestSuite.NotFoundCase ? TomlTestSuite.TestsFolder : run(name);
            Assert.True(failure == null, failure);
        }

        /// <summary>Runs a whole list and prints its counts; the cases TOML 1.1 made valid are run as accepted.</summary>
        private (int ValidPassed, int InvalidPassed) Summarize(string list, IReadOnlyList<string> madeValid)
        {
            IReadOnlyList<string> valid = TomlTestSuite.ValidCases(list);
            IReadOnlyList<string> invalid = TomlTestSuite.InvalidCases(list).Except(madeValid).ToList();
            List<string> failures = valid.Select(ComplianceCase.RunValid).Concat(invalid.Select(ComplianceCase.RunInvalid))
                .Concat(madeValid.Select(ComplianceCase.RunAccepted)).OfType<string>().ToList();
            int validFailures = failures.Count(f => f.StartsWith("valid/", System.StringComparison.Ordinal));
            int invalidFailures = failures.Count - validFailures;
            string extra = madeValid.Count == 0 ? string.Empty : $" (and {madeValid.Count} invalid cases TOML 1.1 made valid, run as accepted)";
            output.WriteLine($"toml-test {list}: valid {valid.Count - validFailures}/{valid.Count}, invalid {invalid.Count - invalidFailures}/{invalid.Count}{extra}");
            failures.ForEach(f => output.WriteLine("  " + f));
            Assert.Empty(failures);
            return (valid.Count - validFailures, invalid.Count - invalidFailures);
        }
    }
}
