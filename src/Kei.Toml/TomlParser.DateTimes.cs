namespace Kei.Toml
{
    /// <summary>
    /// The four RFC 3339 forms TOML allows (seconds optional since TOML 1.1), read as components: ranges are checked field by field (second 60 is
    /// allowed, the day must exist in its month) without going through <see cref="System.DateTime"/>.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private bool LooksLikeDate() =>
            pos + 4 < text.Length && TomlCharacters.IsDigit(text[pos + 1]) && TomlCharacters.IsDigit(text[pos + 2])
            && TomlCharacters.IsDigit(text[pos + 3]) && text[pos + 4] == '-';

        private bool LooksLikeTime() => pos + 2 < text.Length && TomlCharacters.IsDigit(text[pos + 1]) && text[pos + 2] == ':';

        private TomlValue ParseDateTime()
        {
            SourceMark mark = Mark();
            if (LooksLikeTime())
            {
                TomlDateTimeParts time = ReadTime(0, 0, 0);
                return new TomlDateTime(TomlValueKind.LocalTime, time, SpanFrom(mark));
            }

            int year = ReadField(4, 0, 9999, "year");
            ExpectDateTimeSeparator('-');
            int month = ReadField(2, 1, 12, "month");
            ExpectDateTimeSeparator('-');
            int day = ReadField(2, 1, 31, "day");
            if (day > DaysInMonth(year, month))
            {
                throw ErrorAt(pos - 2, "day " + day + " does not exist in " + text.Substring(mark.Index, 7));
            }

            if (!AtTimeDelimiter())
            {
                return new TomlDateTime(TomlValueKind.LocalDate, new TomlDateTimeParts(year, month, day, 0, 0, 0, string.Empty, 0), SpanFrom(mark));
            }

            pos++;
            TomlDateTimeParts parts = ReadTime(year, month, day);
            return ReadOffset(mark, parts);
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        /// <summary>'T', 't', or a space that is followed by a digit (otherwise the space ends a local date).</summary>
        private bool AtTimeDelimiter()
        {
            char c = pos < text.Length ? text[pos] : '\0';
            return c == 'T' || c == 't' || (c == ' ' && pos + 1 < text.Length && TomlCharacters.IsDigit(text[pos + 1]));
        }

        private TomlDateTimeParts ReadTime(int year, int month, int day)
        {
            int hour = ReadField(2, 0, 23, "hour");
            ExpectDateTimeSeparator(':');
            int minute = ReadField(2, 0, 59, "minute");
            if (!At(pos, ':'))
            {
                // TOML 1.1 made seconds optional; without them there is no fraction either.
                return new TomlDateTimeParts(year, month, day, hour, minute, 0, string.Empty, 0);
            }

            pos++;
            int second = ReadField(2, 0, 60, "second");
            string fraction = string.Empty;
            if (At(pos, '.'))
            {
                int start = ++pos;
                while (pos < text.Length && TomlCharacters.IsDigit(text[pos]))
                {
                    pos++;
                }

                fraction = pos > start ? Slice(start, pos - start, isAscii: true) : throw ErrorAt(pos, "expected digit after '.' in time, found " + DescribeAt(pos));
            }

            return new TomlDateTimeParts(year, month, day, hour, minute, second, fraction, 0);
        }

        /// <summary>'Z' or ±hh:mm makes an offset date-time; nothing makes it local.</summary>
        private TomlDateTime ReadOffset(SourceMark mark, TomlDateTimeParts parts)
        {
            char c = pos < text.Length ? text[pos] : '\0';
            int offset = 0;
            if (c == 'Z' || c == 'z')
            {
                pos++;
            }
            else if (c == '+' || c == '-')
            {
                pos++;
                int hours = ReadField(2, 0, 23, "offset hour");
                ExpectDateTimeSeparator(':');
                int minutes = ReadField(2, 0, 59, "offset minute");
                offset = (c == '-' ? -1 : 1) * ((hours * 60) + minutes);
            }
            else
            {
                return new TomlDateTime(TomlValueKind.LocalDateTime, parts, SpanFrom(mark));
            }

            var withOffset = new TomlDateTimeParts(parts.Year, parts.Month, parts.Day, parts.Hour, parts.Minute, parts.Second, parts.Fraction, offset);
            return new TomlDateTime(TomlValueKind.OffsetDateTime, withOffset, SpanFrom(mark));
        }

        private int ReadField(int digitCount, int min, int max, string name)
        {
            int start = pos;
            int value = 0;
            for (int i = 0; i < digitCount; i++, pos++)
            {
                if (pos >= text.Length || !TomlCharacters.IsDigit(text[pos]))
                {
                    throw ErrorAt(pos, "expected " + digitCount + "-digit " + name + ", found " + DescribeAt(pos));
                }

                value = (value * 10) + (text[pos] - '0');
            }

            if (value < min || value > max)
            {
                throw ErrorAt(start, name + " " + text.Substring(start, digitCount) + " is out of range " + min + ".." + max);
            }

            return value;
        }

        private void ExpectDateTimeSeparator(char separator)
        {
            if (!At(pos, separator))
            {
                throw ErrorAt(pos, "expected '" + separator + "' in date-time, found " + DescribeAt(pos));
            }

            pos++;
        }
    }
}
