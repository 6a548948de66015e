using System;
using System.Globalization;

namespace Kei.Toml.Tests
{
    /// <summary>Edges of scalar values that the compliance suite covers only lightly.</summary>
    public sealed class ValueTests
    {
        private static TomlValue Value(string literal) => PositionTests.Get(TomlReader.Parse("v = " + literal + "\n"), "v");

        [Theory]
        [InlineData("1990-12-31T23:59:60Z", 1990, 12, 31, 23, 59, 60, "", 0)]
        [InlineData("0001-01-01T00:00:00+01:00", 1, 1, 1, 0, 0, 0, "", 60)]
        [InlineData("2000-02-29 12:30:00.123456789123-07:30", 2000, 2, 29, 12, 30, 0, "123456789123", -450)]
        [InlineData("2024-02-29t00:00:00z", 2024, 2, 29, 0, 0, 0, "", 0)]
        public void Offset_date_times_keep_their_components(string literal, int y, int mo, int d, int h, int mi, int s, string fraction, int offset)
        {
            var value = (TomlDateTime)Value(literal);
            Assert.Equal(TomlValueKind.OffsetDateTime, value.Kind);
            TomlDateTimeParts p = value.Parts;
            Assert.Equal((y, mo, d, h, mi, s, fraction, offset), (p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Fraction, p.OffsetMinutes));
        }

        [Theory]
        [InlineData("1979-05-27T07:32:00", TomlValueKind.LocalDateTime, "1979-05-27T07:32:00")]
        [InlineData("1979-05-27", TomlValueKind.LocalDate, "1979-05-27")]
        [InlineData("07:32:00.5", TomlValueKind.LocalTime, "07:32:00.5")]
        [InlineData("1979-05-27 07:32:00Z", TomlValueKind.OffsetDateTime, "1979-05-27T07:32:00Z")]
        public void Date_time_forms_are_told_apart(string literal, TomlValueKind kind, string text)
        {
            TomlValue value = Value(literal);
            Assert.Equal(kind, value.Kind);
            Assert.Equal(text, value.ToString());
        }

        [Theory]
        [InlineData("2023-02-29")]
        [InlineData("2100-02-29")]
        [InlineData("2023-04-31")]
        [InlineData("2023-13-01")]
        [InlineData("2023-00-10")]
        [InlineData("2023-01-01T12:60:00")]
        [InlineData("2023-01-01T12:00:61")]
        [InlineData("2023-01-01T12:00:00+24:00")]
        [InlineData("2023-01-01T12:00.5")]
        public void Impossible_dates_and_times_are_rejected(string literal)
        {
            Assert.Throws<TomlException>(() => Value(literal));
        }

        [Theory]
        [InlineData("-9223372036854775808", long.MinValue)]
        [InlineData("9_223_372_036_854_775_807", long.MaxValue)]
        [InlineData("0x7FFF_FFFF_FFFF_FFFF", long.MaxValue)]
        [InlineData("0o777", 511)]
        [InlineData("0b1010", 10)]
        [InlineData("0xdead_BEEF", 0xDEADBEEF)]
        [InlineData("+0", 0)]
        [InlineData("-0", 0)]
        public void Integers_cover_the_64_bit_range(string literal, long expected)
        {
            Assert.Equal(expected, ((TomlInteger)Value(literal)).Value);
        }

        [Theory]
        [InlineData("-9223372036854775809")]
        [InlineData("0x1_0000_0000_0000_0000")]
        [InlineData("0b")]
        [InlineData("0o8")]
        [InlineData("1_")]
        [InlineData("0x_1")]
        public void Integers_out_of_range_or_malformed_are_rejected(string literal)
        {
            Assert.Throws<TomlException>(() => Value(literal));
        }

        [Fact]
        public void Floats_equal_the_runtime_correctly_rounded_parse()
        {
            var random = new Random(20240601);
            for (int i = 0; i < 20_000; i++)
            {
                string literal = RandomFloatLiteral(random);
                double expected = double.Parse(literal.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture);
                double actual = ((TomlFloat)Value(literal)).Value;
                Assert.True(expected.Equals(actual), literal + ": expected " + expected.ToString("R", CultureInfo.InvariantCulture) + ", got " + actual.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        private static string RandomFloatLiteral(Random random)
        {
            string sign = random.Next(3) switch { 0 => "-", 1 => "+", _ => string.Empty };
            string integer = random.Next(4) == 0 ? "0" : (1 + random.Next(9)).ToString(CultureInfo.InvariantCulture) + Digits(random, random.Next(20));
            string fraction = random.Next(3) == 0 ? string.Empty : "." + Digits(random, 1 + random.Next(20));
            string exponent = fraction.Length > 0 && random.Next(2) == 0
                ? string.Empty
                : "e" + (random.Next(2) == 0 ? "-" : string.Empty) + random.Next(30).ToString(CultureInfo.InvariantCulture);
            return sign + integer + fraction + exponent;
        }

        private static string Digits(Random random, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)('0' + random.Next(10));
            }

            return new string(chars);
        }

        [Theory]
        [InlineData("inf", double.PositiveInfinity)]
        [InlineData("-inf", double.NegativeInfinity)]
        [InlineData("1e308", 1e308)]
        [InlineData("5e-324", 5e-324)]
        [InlineData("1_000.5_5e1_0", 1000.55e10)]
        public void Special_and_extreme_floats(string literal, double expected)
        {
            Assert.Equal(expected, ((TomlFloat)Value(literal)).Value);
            Assert.True(double.IsNaN(((TomlFloat)Value("-nan")).Value));
            Assert.Throws<TomlException>(() => Value("1e400"));
        }

        [Theory]
        [InlineData("\"\\u00E9\\U0001F600\\t\\\\\"", "\u00E9\U0001F600\t\\")]
        [InlineData("'C:\\path'", "C:\\path")]
        [InlineData("\"\"\"\na \\\n   b\"\"\"", "a b")]
        [InlineData("\"\"\"x\"\"\"\"\"", "x\"\"")]
        [InlineData("'''it's'''''", "it's''")]
        public void Strings_resolve_escapes_and_delimiters(string literal, string expected)
        {
            Assert.Equal(expected, ((TomlString)Value(literal)).Value);
        }
    }
}
