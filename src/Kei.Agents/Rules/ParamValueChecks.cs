using System;
using System.Globalization;

namespace Kei.Agents.Rules
{
    /// <summary>The type and range tests of <see cref="ParamSpec"/>, and how a rejected value is named in a message.</summary>
    internal static class ParamValueChecks
    {
        public static bool Accepts(ParamSpec spec, ParamValue value)
        {
            switch (spec.Type)
            {
                case ParamType.Integer:
                    return value.Scalar is long whole && value.Kind == ParamValueKind.Integer && whole >= spec.Minimum && whole <= spec.Maximum;
                case ParamType.Money:
                    return IsMoney(value, spec.Minimum, spec.Maximum);
                case ParamType.Version:
                    return value.Kind == ParamValueKind.String && IsVersion((string)value.Scalar);
                case ParamType.Date:
                    return (value.Kind == ParamValueKind.Date || value.Kind == ParamValueKind.String) && IsDate((string)value.Scalar);
                default:
                    return value.Kind == ParamValueKind.Table;
            }
        }

        /// <summary>The value as a message names it: <c>"thirty"</c>, <c>30.5</c>, <c>true</c>, <c>an array</c>.</summary>
        public static string Describe(ParamValue value)
        {
            switch (value.Kind)
            {
                case ParamValueKind.String: return "\"" + (string)value.Scalar + "\"";
                case ParamValueKind.Float: return FloatText((double)value.Scalar);
                case ParamValueKind.Array: return "an array";
                case ParamValueKind.Table: return "a table";
                default: return value.ToDisplayString();
            }
        }

        /// <summary>A number of whole cents in range; not NaN, not infinite, not negative zero (it would print as "-0").</summary>
        private static bool IsMoney(ParamValue value, long minimum, long maximum)
        {
            if (!value.TryGetNumber(out double number) || double.IsNaN(number) || double.IsInfinity(number)
                || (number == 0 && BitConverter.DoubleToInt64Bits(number) < 0) || number < minimum || number > maximum)
            {
                return false;
            }

            decimal exact = (decimal)number;
            return decimal.Round(exact, 2) == exact;
        }

        /// <summary>One to four numbers of one to four digits joined by dots, without leading zeros (<c>2.1</c>, <c>2.10.0</c>).</summary>
        private static bool IsVersion(string text)
        {
            string[] parts = text.Split('.');
            if (parts.Length > 4)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if (part.Length == 0 || part.Length > 4 || (part.Length > 1 && part[0] == '0') || !AllDigits(part))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllDigits(string text)
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Exactly <c>yyyy-MM-dd</c> and a real day of the calendar (no time, no offset).</summary>
        private static bool IsDate(string text)
            => text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        private static string FloatText(double number)
        {
            if (double.IsNaN(number))
            {
                return "nan";
            }

            if (double.IsInfinity(number))
            {
                return number > 0 ? "inf" : "-inf";
            }

            string text = number.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOfAny(new[] { '.', 'E' }) >= 0 ? text : text + ".0";
        }
    }
}
