using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// RFC 3339 text as the suite writes it, compared without <see cref="DateTime"/> (which rejects second 60):
    /// offset forms as an instant, local forms as normalised text.
    /// </summary>
    public static class DateTimeText
    {
        private static readonly Regex OffsetForm = new Regex(
            @"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$",
            RegexOptions.CultureInvariant);

        /// <summary>Seconds since 0000-03-01 in UTC plus the fraction digits without trailing zeros.</summary>
        public static (long Seconds, string Fraction) Instant(string text)
        {
            Match m = OffsetForm.Match(text);
            if (!m.Success || m.Groups[8].Success == false && m.Groups[9].Success == false)
            {
                throw new FormatException("not an offset date-time: " + text);
            }

            long days = DaysFromCivil(Field(m, 1), Field(m, 2), Field(m, 3));
            long seconds = (days * 86400) + (Field(m, 4) * 3600) + (Field(m, 5) * 60) + Field(m, 6);
            if (m.Groups[9].Success)
            {
                long offset = (Field(m, 10) * 60) + Field(m, 11);
                seconds -= (m.Groups[9].Value == "-" ? -offset : offset) * 60;
            }

            return (seconds, m.Groups[7].Value.TrimEnd('0'));
        }

        /// <summary>Upper-case 'T', fraction without trailing zeros (and without the dot when nothing remains).</summary>
        public static string Normalize(string text)
        {
            string result = text.Replace('t', 'T').Replace(' ', 'T');
            int dot = result.IndexOf('.');
            if (dot < 0)
            {
                return result;
            }

            string fraction = result.Substring(dot + 1).TrimEnd('0');
            return fraction.Length == 0 ? result.Substring(0, dot) : result.Substring(0, dot + 1) + fraction;
        }

        private static int Field(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

        /// <summary>Howard Hinnant's days-from-civil, valid for every year TOML can write.</summary>
        private static long DaysFromCivil(long year, long month, long day)
        {
            year -= month <= 2 ? 1 : 0;
            long era = (year >= 0 ? year : year - 399) / 400;
            long yearOfEra = year - (era * 400);
            long dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
            long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097) + dayOfEra;
        }
    }
}
