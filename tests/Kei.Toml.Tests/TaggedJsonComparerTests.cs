using System.Text.Json;

namespace Kei.Toml.Tests
{
    /// <summary>The comparer behind the compliance tests must itself notice differences.</summary>
    public sealed class TaggedJsonComparerTests
    {
        private static string? Compare(string expected, string actual)
        {
            using JsonDocument e = JsonDocument.Parse(expected);
            using JsonDocument a = JsonDocument.Parse(actual);
            return TaggedJsonComparer.Difference(e.RootElement, a.RootElement);
        }

        private static string Tagged(string type, string value) => "{\"k\": {\"type\": \"" + type + "\", \"value\": \"" + value + "\"}}";

        [Theory]
        [InlineData("float", "1.5", "1.50", true)]
        [InlineData("float", "nan", "-nan", true)]
        [InlineData("float", "inf", "-inf", false)]
        [InlineData("float", "0.1", "0.10000000000000002", false)]
        [InlineData("integer", "7", "8", false)]
        [InlineData("datetime", "1987-07-05T17:45:00Z", "1987-07-05T19:45:00+02:00", true)]
        [InlineData("datetime", "1987-07-05T17:45:00Z", "1987-07-05T17:45:00+02:00", false)]
        [InlineData("datetime", "1987-07-05T17:45:56.600Z", "1987-07-05T17:45:56.6Z", true)]
        [InlineData("datetime-local", "1987-07-05T17:45:00", "1987-07-05T17:45:01", false)]
        [InlineData("time-local", "17:45:00.100", "17:45:00.1", true)]
        [InlineData("string", "a", "A", false)]
        public void Scalars_compare_by_type_rules(string type, string expected, string actual, bool equal)
        {
            Assert.Equal(equal, Compare(Tagged(type, expected), Tagged(type, actual)) == null);
        }

        [Theory]
        [InlineData("{\"a\": []}", "{\"a\": [{\"type\": \"bool\", \"value\": \"true\"}]}")]
        [InlineData("{\"a\": {}}", "{\"b\": {}}")]
        [InlineData("{\"a\": {\"type\": \"bool\", \"value\": \"true\"}}", "{\"a\": {\"type\": \"string\", \"value\": \"true\"}}")]
        [InlineData("{\"a\": {}}", "{\"a\": []}")]
        public void Shape_differences_are_reported(string expected, string actual)
        {
            Assert.NotNull(Compare(expected, actual));
        }
    }
}
