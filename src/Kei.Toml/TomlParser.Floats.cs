using System;
using System.Globalization;

namespace Kei.Toml
{
    /// <summary>
    /// Float values. Most literals have at most 15 significant digits and a small exponent, which one exact
    /// multiplication or division rounds correctly; the rest go through the runtime's correctly rounded parser.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        private TomlValue ParseInfinityOrNan(SourceMark mark, int wordStart, bool negative)
        {
            bool infinity = text[wordStart] == 'i';
            if (!Matches(wordStart, infinity ? "inf" : "nan"))
            {
                throw ErrorAt(mark, "expected value, found " + DescribeToken(mark.Index));
            }

            pos = wordStart + 3;
            double value = !infinity ? double.NaN : negative ? double.NegativeInfinity : double.PositiveInfinity;
            return new TomlFloat(value, SpanFrom(mark));
        }

        /// <summary>Converts the already validated literal from the mark to the index.</summary>
        private TomlValue MakeFloat(SourceMark mark)
        {
            if (!TryExactFloat(mark.Index, out double value))
            {
                value = ParseFloatWithRuntime(mark);
            }

            return new TomlFloat(value, SpanFrom(mark));
        }

        private bool TryExactFloat(int start, out double value)
        {
            value = 0;
            int p = text[start] == '-' || text[start] == '+' ? start + 1 : start;
            if (!TryReadMantissa(ref p, out ulong mantissa, out int scale))
            {
                return false;
            }

            if (!TryReadExponent(p, out int exponent))
            {
                return false;
            }

            exponent += scale;
            if (mantissa > (1UL << 53) || exponent < -22 || exponent > 22)
            {
                return false;
            }

            value = exponent < 0 ? mantissa / PowersOfTen[-exponent] : mantissa * PowersOfTen[exponent];
            value = text[start] == '-' ? -value : value;
            return true;
        }

        /// <summary>Reads the exponent from 'e' at <paramref name="p"/> (0 when there is none); false when it is huge.</summary>
        private bool TryReadExponent(int p, out int exponent)
        {
            exponent = 0;
            bool negative = At(p + 1, '-');
            for (int q = p + 1; q < pos; q++)
            {
                char c = text[q];
                if (TomlCharacters.IsDigit(c))
                {
                    exponent = (exponent * 10) + (c - '0');
                    if (exponent > 1000)
                    {
                        return false;
                    }
                }
            }

            exponent = negative ? -exponent : exponent;
            return true;
        }

        /// <summary>Reads digits before the exponent; false when more than 18 significant digits make it inexact.</summary>
        private bool TryReadMantissa(ref int p, out ulong mantissa, out int scale)
        {
            mantissa = 0;
            scale = 0;
            int significant = 0;
            bool fraction = false;
            for (; p < pos && text[p] != 'e' && text[p] != 'E'; p++)
            {
                char c = text[p];
                if (c == '.' || c == '_')
                {
                    fraction |= c == '.';
                    continue;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                significant += mantissa == 0 ? 0 : 1;
                scale -= fraction ? 1 : 0;
                if (significant > 18)
                {
                    return false;
                }
            }

            return true;
        }

        private double ParseFloatWithRuntime(SourceMark mark)
        {
            string literal = text.Substring(mark.Index, pos - mark.Index).Replace("_", string.Empty);
            double value;
            try
            {
                value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // .NET Framework throws where .NET Core returns infinity; both mean the same here.
                value = double.PositiveInfinity;
            }

            if (double.IsInfinity(value))
            {
                throw ErrorAt(mark, "float " + literal + " is out of range");
            }

            return value;
        }
    }
}
