using System;
using System.Globalization;

namespace Kei.Agents.Rules
{
    /// <summary>
    /// One parameter of the rule catalog: its dotted name (a <c>*</c> segment stands for any GPU type), its declared type
    /// and range, and its default when the catalog has one. Values outside the type or range are rejected (KEI207).
    /// </summary>
    public sealed class ParamSpec
    {
        public ParamSpec(string name, ParamType type, long minimum, long maximum, ParamValue? defaultValue, string meaning)
        {
            Name = name;
            Type = type;
            Minimum = minimum;
            Maximum = maximum;
            Default = defaultValue;
            Meaning = meaning;
        }

        /// <summary>The dotted name, e.g. <c>max_function_lines</c> or <c>gpu.*.usd_per_hour</c>.</summary>
        public string Name { get; }

        public ParamType Type { get; }

        /// <summary>The smallest accepted value (Integer and Money only).</summary>
        public long Minimum { get; }

        /// <summary>The largest accepted value (Integer and Money only).</summary>
        public long Maximum { get; }

        /// <summary>The catalog's default, used when no block of the active agent declares the parameter; null when none.</summary>
        public ParamValue? Default { get; }

        /// <summary>What the parameter means, for documentation.</summary>
        public string Meaning { get; }

        /// <summary>What a value must be, as messages say it: "an integer from 1 to 10000".</summary>
        public string Expected
        {
            get
            {
                switch (Type)
                {
                    case ParamType.Integer: return "an integer from " + Text(Minimum) + " to " + Text(Maximum);
                    case ParamType.Money: return "an amount in USD from " + Text(Minimum) + " to " + Text(Maximum) + " with at most two decimals";
                    case ParamType.Version: return "a version such as \"2.1\" (up to four numbers of up to four digits, joined by dots)";
                    case ParamType.Date: return "a date such as 2026-06-01 (yyyy-mm-dd, no time)";
                    default: return "a table";
                }
            }
        }

        /// <summary>True when the dotted path names this parameter (<c>*</c> matches one segment).</summary>
        public bool Matches(string dottedPath)
        {
            string[] pattern = Name.Split('.');
            string[] path = dottedPath.Split('.');
            if (pattern.Length != path.Length)
            {
                return false;
            }

            for (int i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] != "*" && !string.Equals(pattern[i], path[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the value has the declared type and lies in the range.</summary>
        public bool Accepts(ParamValue value) => ParamValueChecks.Accepts(this, value);

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
