using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// Compares two tagged-JSON trees the way the suite asks: same shape, same type tags, floats as numbers (any nan
    /// equals any nan, infinities by sign), offset date-times as instants, local date-times by value.
    /// </summary>
    public static class TaggedJsonComparer
    {
        /// <summary>Null when equal, else the path and what differs.</summary>
        public static string? Difference(JsonElement expected, JsonElement actual, string path = "$")
        {
            if (expected.ValueKind == JsonValueKind.Array)
            {
                return actual.ValueKind != JsonValueKind.Array
                    ? path + ": expected an array, got " + actual.ValueKind
                    : CompareArrays(expected, actual, path);
            }

            if (expected.ValueKind != JsonValueKind.Object || actual.ValueKind != JsonValueKind.Object)
            {
                return path + ": expected " + expected.ValueKind + ", got " + actual.ValueKind;
            }

            return IsScalar(expected) ? CompareScalars(expected, actual, path) : CompareTables(expected, actual, path);
        }

        private static bool IsScalar(JsonElement element) =>
            element.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String
            && element.TryGetProperty("value", out JsonElement value) && value.ValueKind == JsonValueKind.String
            && element.EnumerateObject().Count() == 2;

        private static string? CompareArrays(JsonElement expected, JsonElement actual, string path)
        {
            if (expected.GetArrayLength() != actual.GetArrayLength())
            {
                return path + ": expected " + expected.GetArrayLength() + " items, got " + actual.GetArrayLength();
            }

            for (int i = 0; i < expected.GetArrayLength(); i++)
            {
                string? difference = Difference(expected[i], actual[i], path + "[" + i + "]");
                if (difference != null)
                {
                    return difference;
                }
            }

            return null;
        }

        private static string? CompareTables(JsonElement expected, JsonElement actual, string path)
        {
            var expectedKeys = expected.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var actualKeys = actual.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (!expectedKeys.SequenceEqual(actualKeys))
            {
                return path + ": expected keys [" + string.Join(", ", expectedKeys) + "], got [" + string.Join(", ", actualKeys) + "]";
            }

            foreach (string key in expectedKeys)
            {
                string? difference = Difference(expected.GetProperty(key), actual.GetProperty(key), path + "." + key);
                if (difference != null)
                {
                    return difference;
                }
            }

            return null;
        }

        private static string? CompareScalars(JsonElement expected, JsonElement actual, string path)
        {
            if (!IsScalar(actual))
            {
                return path + ": expected a tagged value, got " + actual.GetRawText();
            }

            string type = expected.GetProperty("type").GetString()!;
            string actualType = actual.GetProperty("type").GetString()!;
            string want = expected.GetProperty("value").GetString()!;
            string got = actual.GetProperty("value").GetString()!;
            if (type != actualType)
            {
                return path + ": expected type " + type + ", got " + actualType;
            }

            return ScalarsEqual(type, want, got) ? null : path + ": expected " + type + " '" + want + "', got '" + got + "'";
        }

        public static bool ScalarsEqual(string type, string expected, string actual)
        {
            switch (type)
            {
                case "float": return FloatsEqual(expected, actual);
                case "integer": return long.Parse(expected, CultureInfo.InvariantCulture) == long.Parse(actual, CultureInfo.InvariantCulture);
                case "datetime": return DateTimeText.Instant(expected) == DateTimeText.Instant(actual);
                case "datetime-local":
                case "date-local":
                case "time-local":
                    return DateTimeText.Normalize(expected) == DateTimeText.Normalize(actual);
                default: return string.Equals(expected, actual, StringComparison.Ordinal);
            }
        }

        private static bool FloatsEqual(string expected, string actual)
        {
            double want = ParseFloat(expected);
            double got = ParseFloat(actual);
            return double.IsNaN(want) ? double.IsNaN(got) : want.Equals(got);
        }

        private static double ParseFloat(string text)
        {
            switch (text)
            {
                case "nan":
                case "+nan":
                case "-nan":
                    return double.NaN;
                case "inf":
                case "+inf":
                    return double.PositiveInfinity;
                case "-inf":
                    return double.NegativeInfinity;
                default:
                    return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
    }
}
