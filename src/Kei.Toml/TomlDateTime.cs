using System.Globalization;
using System.Text;

namespace Kei.Toml
{
    /// <summary>
    /// A TOML date-time in any of its four forms, kept as components so that second 60 and year-1 offsets survive.
    /// </summary>
    public sealed class TomlDateTime : TomlValue
    {
        public TomlDateTime(TomlValueKind kind, TomlDateTimeParts parts, TomlPosition position) : base(position)
        {
            Kind = kind;
            Parts = parts;
        }

        public override TomlValueKind Kind { get; }

        public TomlDateTimeParts Parts { get; }

        public bool HasDate => Kind != TomlValueKind.LocalTime;

        public bool HasTime => Kind != TomlValueKind.LocalDate;

        /// <summary>RFC 3339 text: date, 'T', time with the fraction as written, and 'Z' or ±hh:mm for offsets.</summary>
        public override string ToString()
        {
            var p = Parts;
            var sb = new StringBuilder(35);
            if (HasDate)
            {
                sb.Append(p.Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-')
                  .Append(p.Month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
                  .Append(p.Day.ToString("D2", CultureInfo.InvariantCulture));
            }

            if (HasDate && HasTime)
            {
                sb.Append('T');
            }

            if (HasTime)
            {
                AppendTime(sb, p);
            }

            return sb.ToString();
        }

        private void AppendTime(StringBuilder sb, TomlDateTimeParts p)
        {
            sb.Append(p.Hour.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
              .Append(p.Minute.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
              .Append(p.Second.ToString("D2", CultureInfo.InvariantCulture));
            if (p.Fraction.Length > 0)
            {
                sb.Append('.').Append(p.Fraction);
            }

            if (Kind == TomlValueKind.OffsetDateTime)
            {
                AppendOffset(sb, p.OffsetMinutes);
            }
        }

        private static void AppendOffset(StringBuilder sb, int offsetMinutes)
        {
            if (offsetMinutes == 0)
            {
                sb.Append('Z');
                return;
            }

            int abs = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
            sb.Append(offsetMinutes < 0 ? '-' : '+')
              .Append((abs / 60).ToString("D2", CultureInfo.InvariantCulture)).Append(':')
              .Append((abs % 60).ToString("D2", CultureInfo.InvariantCulture));
        }
    }
}
