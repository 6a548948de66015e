using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Model = Tomlyn.Model;

namespace Kei.Toml.Benchmarks
{
    /// <summary>Tomlyn's value tree as toml-test's tagged JSON, so Tomlyn is judged against the suite's expected values.</summary>
    public static class TomlynTaggedJson
    {
        public static string ToJson(Model.TomlTable document)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { MaxDepth = 4096 }))
            {
                Write(writer, document);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void Write(Utf8JsonWriter writer, object? value)
        {
            if (value is Model.TomlTable table)
            {
                writer.WriteStartObject();
                foreach (var entry in table)
                {
                    writer.WritePropertyName(entry.Key);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
            }
            else if (value is Model.TomlArray || value is Model.TomlTableArray)
            {
                writer.WriteStartArray();
                foreach (object? item in (IEnumerable)value)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
            }
            else
            {
                (string type, string text) = Scalar(value);
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WriteString("value", text);
                writer.WriteEndObject();
            }
        }

        private static (string Type, string Text) Scalar(object? value) => value switch
        {
            string s => ("string", s),
            long l => ("integer", l.ToString(CultureInfo.InvariantCulture)),
            double d => ("float", double.IsNaN(d) ? "nan" : double.IsInfinity(d) ? (d > 0 ? "inf" : "-inf") : d.ToString("R", CultureInfo.InvariantCulture)),
            bool b => ("bool", b ? "true" : "false"),
            Tomlyn.TomlDateTime dt => DateTime(dt),
            _ => ("unknown", Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"),
        };

        private static (string Type, string Text) DateTime(Tomlyn.TomlDateTime value)
        {
            DateTimeOffset t = value.DateTime;
            string date = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            long ticks = t.Ticks % TimeSpan.TicksPerSecond;
            string time = t.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + (ticks == 0 ? string.Empty : "." + ticks.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
            string offset = t.Offset == TimeSpan.Zero ? "Z" : t.ToString("zzz", CultureInfo.InvariantCulture);
            switch (value.Kind)
            {
                case Tomlyn.TomlDateTimeKind.LocalDate: return ("date-local", date);
                case Tomlyn.TomlDateTimeKind.LocalTime: return ("time-local", time);
                case Tomlyn.TomlDateTimeKind.LocalDateTime: return ("datetime-local", date + "T" + time);
                default: return ("datetime", date + "T" + time + offset);
            }
        }
    }
}
