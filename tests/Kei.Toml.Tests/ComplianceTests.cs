using System.Collections.Generic;
using System.Linq;

namespace Kei.Toml.Tests
{
    /// <summary>The whole TOML 1.0.0 part of toml-test: one test per case, plus a summary with the counts.</summary>
    public sealed class ComplianceTests
    {
        private readonly ITestOutputHelper output;

        public ComplianceTests(ITestOutputHelper output) => this.output = output;

        public static TheoryData<string> ValidCases => TomlTestSuite.Rows(() => TomlTestSuite.ValidCases);

        public static TheoryData<string> InvalidCases => TomlTestSuite.Rows(() => TomlTestSuite.InvalidCases);

        [Theory]
        [MemberData(nameof(ValidCases))]
        public void Valid_case_matches_expected_json(string name)
        {
            string? failure = name == TomlTestSuite.NotFoundCase ? TomlTestSuite.TestsFolder : ComplianceCase.RunValid(name);
            Assert.True(failure == null, failure);
        }

        [Theory]
        [MemberData(nameof(InvalidCases))]
        public void Invalid_case_is_rejected_with_toml_exception(string name)
        {
            string? failure = name == TomlTestSuite.NotFoundCase ? TomlTestSuite.TestsFolder : ComplianceCase.RunInvalid(name);
            Assert.True(failure == null, failure);
        }

        [Fact]
        public void Summary_counts_whole_suite()
        {
            IReadOnlyList<string> valid = TomlTestSuite.ValidCases;
            IReadOnlyList<string> invalid = TomlTestSuite.InvalidCases;
            List<string> validFailures = valid.Select(ComplianceCase.RunValid).OfType<string>().ToList();
            List<string> invalidFailures = invalid.Select(ComplianceCase.RunInvalid).OfType<string>().ToList();

            output.WriteLine(
                $"TOML 1.0.0 compliance: valid {valid.Count - validFailures.Count}/{valid.Count}, "
                + $"invalid {invalid.Count - invalidFailures.Count}/{invalid.Count}");
            foreach (string failure in validFailures.Concat(invalidFailures))
            {
                output.WriteLine("  " + failure);
            }

            Assert.Equal(210, valid.Count);
            Assert.Equal(499, invalid.Count);
            Assert.Empty(validFailures);
            Assert.Empty(invalidFailures);
        }
    }
}
