using System.Globalization;
using System.Text;

namespace Kei.Agents.Emit
{
    /// <summary>Culture-invariant C# literals; every character a C# string literal cannot hold as-is is escaped.</summary>
    internal static class CSharpLiterals
    {
        public static string String(string? value)
        {
            if (value == null)
            {
                return "null";
            }

            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                AppendEscaped(sb, c);
            }

            return sb.Append('"').ToString();
        }

        public static string Integer(long value)
            => value.ToString(CultureInfo.InvariantCulture) + (value >= int.MinValue && value <= int.MaxValue ? string.Empty : "L");

        public static string Double(double value)
        {
            if (double.IsNaN(value))
            {
                return "double.NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
        }

        /// <summary>A <c>decimal</c> literal of an amount that has at most a few decimals (the catalog's amounts in USD).</summary>
        public static string Decimal(double value) => ((decimal)value).ToString(CultureInfo.InvariantCulture) + "m";

        public static string Boolean(bool value) => value ? "true" : "false";

        private static void AppendEscaped(StringBuilder sb, char c)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); return;
                case '\\': sb.Append("\\\\"); return;
                case '\n': sb.Append("\\n"); return;
                case '\r': sb.Append("\\r"); return;
                case '\t': sb.Append("\\t"); return;
            }

            // Control characters, line separators and lone surrogates would break or silently change the literal.
            bool escape = c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c);
            if (escape)
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
