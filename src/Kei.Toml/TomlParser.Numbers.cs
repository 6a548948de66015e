namespace Kei.Toml
{
    /// <summary>Integers in all four radixes, and the float syntax check; values are computed without substrings.</summary>
    internal sealed partial class TomlParser<TText>
    {
        private TomlValue ParseNumber()
        {
            SourceMark mark = Mark();
            int p = pos;
            bool negative = text[p] == '-';
            if (negative || text[p] == '+')
            {
                p++;
            }

            char c = p < text.Length ? text[p] : '\0';
            if (c == 'i' || c == 'n')
            {
                return ParseInfinityOrNan(mark, p, negative);
            }

            if (c == '0' && p + 1 < text.Length && (text[p + 1] == 'x' || text[p + 1] == 'o' || text[p + 1] == 'b'))
            {
                return p == pos ? ParseRadixInteger(mark) : throw ErrorAt(pos, "hexadecimal, octal and binary integers take no sign");
            }

            return ParseDecimalNumber(mark, p, negative);
        }

        private TomlValue ParseDecimalNumber(SourceMark mark, int digitsStart, bool negative)
        {
            int p = digitsStart;
            int integerDigits = SkipDigitRun(ref p, 10);
            if (integerDigits == 0)
            {
                throw ErrorAt(p, "expected digit, found " + DescribeAt(p));
            }

            if (integerDigits > 1 && text[digitsStart] == '0')
            {
                throw ErrorAt(digitsStart, "leading zeros are not allowed in " + DescribeToken(mark.Index));
            }

            bool isFloat = At(p, '.') || At(p, 'e') || At(p, 'E');
            if (At(p, '.'))
            {
                p++;
                ExpectDigitRun(ref p, "after '.'");
            }

            if (At(p, 'e') || At(p, 'E'))
            {
                p += At(p + 1, '+') || At(p + 1, '-') ? 2 : 1;
                ExpectDigitRun(ref p, "in the exponent");
            }

            pos = p;
            return isFloat ? MakeFloat(mark) : MakeDecimalInteger(mark, digitsStart, negative);
        }

        private void ExpectDigitRun(ref int p, string where)
        {
            if (SkipDigitRun(ref p, 10) == 0)
            {
                throw ErrorAt(p, "expected digit " + where + ", found " + DescribeAt(p));
            }
        }

        /// <summary>Skips digits of the radix with single underscores between them; returns the digit count.</summary>
        private int SkipDigitRun(ref int p, int radix)
        {
            int digits = 0;
            while (p < text.Length)
            {
                char c = text[p];
                if (TomlCharacters.DigitValue(c) < radix)
                {
                    digits++;
                    p++;
                    continue;
                }

                if (c != '_')
                {
                    break;
                }

                if (digits == 0 || p + 1 >= text.Length || TomlCharacters.DigitValue(text[p + 1]) >= radix)
                {
                    throw ErrorAt(p, "'_' in a number must stand between two digits");
                }

                p++;
            }

            return digits;
        }

        private TomlValue MakeDecimalInteger(SourceMark mark, int digitsStart, bool negative)
        {
            ulong limit = negative ? 9223372036854775808UL : long.MaxValue;
            ulong value = 0;
            for (int i = digitsStart; i < pos; i++)
            {
                char c = text[i];
                if (c == '_')
                {
                    continue;
                }

                ulong digit = (ulong)(c - '0');
                if (value > (limit - digit) / 10)
                {
                    throw ErrorAt(mark, "integer " + text.Substring(mark.Index, pos - mark.Index) + " does not fit in 64 bits");
                }

                value = (value * 10) + digit;
            }

            long signed = negative ? unchecked((long)(0UL - value)) : (long)value;
            return new TomlInteger(signed, SpanFrom(mark));
        }

        private TomlValue ParseRadixInteger(SourceMark mark)
        {
            char prefix = text[pos + 1];
            int shift = prefix == 'x' ? 4 : prefix == 'o' ? 3 : 1;
            int p = pos + 2;
            if (SkipDigitRun(ref p, 1 << shift) == 0)
            {
                throw ErrorAt(p, "expected digit after '0" + prefix + "', found " + DescribeAt(p));
            }

            ulong value = 0;
            for (int i = pos + 2; i < p; i++)
            {
                if (text[i] == '_')
                {
                    continue;
                }

                if (value > (ulong)(long.MaxValue >> shift))
                {
                    throw ErrorAt(mark, "integer " + text.Substring(mark.Index, p - mark.Index) + " does not fit in 64 bits");
                }

                value = (value << shift) | (uint)TomlCharacters.DigitValue(text[i]);
            }

            pos = p;
            return new TomlInteger((long)value, SpanFrom(mark));
        }
    }
}
