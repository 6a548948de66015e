using System;
using TomlynKind = Tomlyn.TomlDateTimeKind;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>
    /// Date-times of the two readers, field by field: Kei.Toml keeps the components (and the fraction as written),
    /// Tomlyn a <see cref="DateTimeOffset"/> (100 ns ticks) with a kind. A local time's date, which Tomlyn fills in
    /// with today, is not part of the value.
    /// </summary>
    internal static class TomlynDateTimes
    {
        public static bool Equal(TomlDateTime kei, Tomlyn.TomlDateTime tomlyn)
        {
            if (!SameKind(kei.Kind, tomlyn.Kind))
            {
                return false;
            }

            TomlDateTimeParts p = kei.Parts;
            DateTimeOffset t = tomlyn.DateTime;
            bool date = !kei.HasDate || (p.Year == t.Year && p.Month == t.Month && p.Day == t.Day);
            bool time = !kei.HasTime || (p.Hour == t.Hour && p.Minute == t.Minute && p.Second == t.Second && Ticks(p.Fraction) == t.Ticks % TimeSpan.TicksPerSecond);
            bool offset = kei.Kind != TomlValueKind.OffsetDateTime || p.OffsetMinutes == (int)t.Offset.TotalMinutes;
            return date && time && offset;
        }

        /// <summary>The fraction as 100 ns ticks, digits past the seventh dropped (TOML: extra precision is truncated).</summary>
        public static long Ticks(string fraction)
        {
            string seven = (fraction.Length > 7 ? fraction.Substring(0, 7) : fraction).PadRight(7, '0');
            return long.Parse(seven, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static bool SameKind(TomlValueKind kei, TomlynKind tomlyn) => kei switch
        {
            TomlValueKind.OffsetDateTime => tomlyn == TomlynKind.OffsetDateTimeByZ || tomlyn == TomlynKind.OffsetDateTimeByNumber,
            TomlValueKind.LocalDateTime => tomlyn == TomlynKind.LocalDateTime,
            TomlValueKind.LocalDate => tomlyn == TomlynKind.LocalDate,
            _ => tomlyn == TomlynKind.LocalTime,
        };
    }
}
