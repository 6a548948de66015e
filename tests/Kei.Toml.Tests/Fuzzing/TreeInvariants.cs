using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Checks an accepted document against its own text, independently of the reader: every key and value position
    /// lies inside the text and points at what it claims (a bare key spells the key, a string starts and ends with
    /// its quote, a table header starts with '['), and every number, boolean and date-time re-read from its span by
    /// the runtime's own parsers equals the value. Run by the fuzzer on every input the reader accepts.
    /// </summary>
    public static class TreeInvariants
    {
        /// <summary>A time written without seconds (TOML 1.1): hh:mm, alone or after the date, with no third field.</summary>
        private static readonly Regex WithoutSeconds = new Regex(@"^((?:\d{4}-\d\d-\d\dT)?\d\d:\d\d)(?![:\d])", RegexOptions.CultureInvariant);

        /// <summary>Null when everything holds, else the first problem found.</summary>
        public static string? Check(string text, TomlTable root)
        {
            var lineStarts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lineStarts.Add(i + 1);
                }
            }

            var pending = new Stack<TomlValue>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                string? problem = CheckContainer(text, lineStarts, pending.Pop(), pending);
                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        private static string? CheckContainer(string text, List<int> lineStarts, TomlValue container, Stack<TomlValue> pending)
        {
            if (container is TomlTable table)
            {
                foreach (TomlEntry entry in table.Entries)
                {
                    string? problem = Span(text, lineStarts, entry.KeyPosition, out string key) ?? CheckKey(entry.Key, key)
                        ?? CheckValue(text, lineStarts, entry.Value, pending);
                    if (problem != null)
                    {
                        return "key '" + entry.Key + "' at " + entry.KeyPosition + ": " + problem;
                    }
                }
            }
            else if (container is TomlArray array)
            {
                foreach (TomlValue item in array)
                {
                    string? problem = CheckValue(text, lineStarts, item, pending);
                    if (problem != null)
                    {
                        return "array item at " + item.Position + ": " + problem;
                    }
                }
            }

            return null;
        }

        private static string? Span(string text, List<int> lineStarts, TomlPosition position, out string span)
        {
            span = string.Empty;
            if (position.Line < 1 || position.Line > lineStarts.Count || position.Column < 1 || position.Length < 0)
            {
                return "position " + position + " is outside the text";
            }

            int start = lineStarts[position.Line - 1] + position.Column - 1;
            if (start + position.Length > text.Length)
            {
                return "span " + position + " runs past the end of the text";
            }

            span = text.Substring(start, position.Length);
            return null;
        }

        private static string? CheckKey(string key, string span)
        {
            if (span.Length >= 2 && (span[0] == '"' || span[0] == '\'') && span[^1] == span[0])
            {
                return null;
            }

            return span == key ? null : "the key's span reads '" + span + "'";
        }

        private static string? CheckValue(string text, List<int> lineStarts, TomlValue value, Stack<TomlValue> pending)
        {
            string? problem = Span(text, lineStarts, value.Position, out string span);
            if (problem != null)
            {
                return problem;
            }

            if (value is TomlTable || value is TomlArray)
            {
                pending.Push(value);
            }

            return CheckSpan(value, span) ? null : value.TypeName + " " + Describe(value) + " does not match its span '" + span + "'";
        }

        private static bool CheckSpan(TomlValue value, string span)
        {
            switch (value)
            {
                case TomlTable table:
                    return table.TableKind == TomlTableKind.Dotted || span.StartsWith(table.TableKind == TomlTableKind.Inline ? "{" : "[", StringComparison.Ordinal);
                case TomlArray array:
                    return span.StartsWith("[", StringComparison.Ordinal) && (array.IsArrayOfTables || span.EndsWith("]", StringComparison.Ordinal));
                case TomlString:
                    return span.Length >= 2 && (span[0] == '"' || span[0] == '\'') && span[^1] == span[0];
                case TomlBoolean boolean:
                    return span == (boolean.Value ? "true" : "false");
                case TomlInteger integer:
                    return ReadInteger(span.Replace("_", string.Empty)) == integer.Value;
                case TomlFloat number:
                    return FloatMatches(span.Replace("_", string.Empty), number.Value);
                default:
                    return NormalizeDateTime(span) == value.ToString();
            }
        }

        private static long? ReadInteger(string literal)
        {
            try
            {
                return literal.StartsWith("0x", StringComparison.Ordinal) ? Convert.ToInt64(literal.Substring(2), 16)
                    : literal.StartsWith("0o", StringComparison.Ordinal) ? Convert.ToInt64(literal.Substring(2), 8)
                    : literal.StartsWith("0b", StringComparison.Ordinal) ? Convert.ToInt64(literal.Substring(2), 2)
                    : long.Parse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException || e is OverflowException || e is ArgumentException)
            {
                return null;
            }
        }

        private static bool FloatMatches(string literal, double value)
        {
            string unsigned = literal.TrimStart('+', '-');
            if (unsigned == "nan")
            {
                return double.IsNaN(value);
            }

            if (unsigned == "inf")
            {
                return value == (literal[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
            }

            return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out double expected) && expected.Equals(value);
        }

        /// <summary>The span as <see cref="TomlDateTime.ToString"/> writes it: 'T', 'Z', upper case; +00:00 as Z; seconds always.</summary>
        private static string NormalizeDateTime(string span)
        {
            string result = span.Replace('t', 'T').Replace('z', 'Z');
            result = result.Length > 10 && result[10] == ' ' ? result.Substring(0, 10) + "T" + result.Substring(11) : result;
            result = WithoutSeconds.Replace(result, "$1:00", 1);
            return result.EndsWith("+00:00", StringComparison.Ordinal) || result.EndsWith("-00:00", StringComparison.Ordinal)
                ? result.Substring(0, result.Length - 6) + "Z"
                : result;
        }

        private static string Describe(TomlValue value)
        {
            switch (value)
            {
                case TomlInteger integer: return integer.Value.ToString(CultureInfo.InvariantCulture);
                case TomlFloat number: return number.Value.ToString("R", CultureInfo.InvariantCulture);
                case TomlBoolean boolean: return boolean.Value ? "true" : "false";
                case TomlDateTime dateTime: return dateTime.ToString();
                default: return string.Empty;
            }
        }
    }
}
