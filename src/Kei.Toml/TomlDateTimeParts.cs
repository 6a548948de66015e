namespace Kei.Toml
{
    /// <summary>The components of a TOML date-time. Unused parts are zero; <see cref="Fraction"/> holds the digits as written.</summary>
    public readonly struct TomlDateTimeParts
    {
        public TomlDateTimeParts(int year, int month, int day, int hour, int minute, int second, string fraction, int offsetMinutes)
        {
            Year = year;
            Month = month;
            Day = day;
            Hour = hour;
            Minute = minute;
            Second = second;
            Fraction = fraction ?? string.Empty;
            OffsetMinutes = offsetMinutes;
        }

        public int Year { get; }

        public int Month { get; }

        public int Day { get; }

        public int Hour { get; }

        public int Minute { get; }

        public int Second { get; }

        /// <summary>Fractional-second digits as written (may be longer than nanoseconds), empty when none.</summary>
        public string Fraction { get; }

        /// <summary>Offset from UTC in minutes (0 for 'Z'); meaningful for offset date-times only.</summary>
        public int OffsetMinutes { get; }
    }
}
