using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kei.Toml.Decoder
{
    /// <summary>
    /// Converts a parsed document to the tagged JSON of the toml-test suite: tables as objects, arrays as arrays,
    /// every scalar as <c>{"type": T, "value": "..."}</c>. Shared by the decoder program and the compliance tests.
    /// </summary>
    public static class TaggedJson
    {
        public static string ToJson(TomlTable document, bool indented = true)
        {
            var options = new JsonWriterOptions
            {
                Indented = indented,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                // Every scalar adds an object level; the reader caps nesting well below this.
                MaxDepth = 4 * 1024,
            };
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                WriteValue(writer, document);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter writer, TomlValue value)
        {
            switch (value)
            {
                case TomlTable table:
                    writer.WriteStartObject();
                    foreach (TomlEntry entry in table.Entries)
                    {
                        writer.WritePropertyName(entry.Key);
                        WriteValue(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                    return;
                case TomlArray array:
                    writer.WriteStartArray();
                    foreach (TomlValue item in array)
                    {
                        WriteValue(writer, item);
                    }

                    writer.WriteEndArray();
                    return;
                default:
                    writer.WriteStartObject();
                    writer.WriteString("type", TypeTag(value));
                    writer.WriteString("value", ScalarText(value));
                    writer.WriteEndObject();
                    return;
            }
        }

        /// <summary>The suite's type names, which differ from TOML's own for booleans and date-times.</summary>
        public static string TypeTag(TomlValue value)
        {
            switch (value.Kind)
            {
                case TomlValueKind.String: return "string";
                case TomlValueKind.Integer: return "integer";
                case TomlValueKind.Float: return "float";
                case TomlValueKind.Boolean: return "bool";
                case TomlValueKind.OffsetDateTime: return "datetime";
                case TomlValueKind.LocalDateTime: return "datetime-local";
                case TomlValueKind.LocalDate: return "date-local";
                case TomlValueKind.LocalTime: return "time-local";
                default: throw new System.ArgumentException("not a scalar: " + value.Kind, nameof(value));
            }
        }

        public static string ScalarText(TomlValue value)
        {
            switch (value)
            {
                case TomlString s: return s.Value;
                case TomlInteger i: return i.Value.ToString(CultureInfo.InvariantCulture);
                case TomlFloat f: return FloatText(f.Value);
                case TomlBoolean b: return b.Value ? "true" : "false";
                default: return value.ToString() ?? string.Empty;
            }
        }

        private static string FloatText(double value)
        {
            if (double.IsNaN(value))
            {
                return "nan";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "inf" : "-inf";
            }

            return value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
