using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>TOML values to parameter values; every TOML type has one (date-times keep their RFC 3339 text).</summary>
    internal static class ParamConversion
    {
        public static ParamValue From(TomlValue value)
        {
            switch (value)
            {
                case TomlString s: return ParamValue.String(s.Value);
                case TomlInteger i: return ParamValue.Integer(i.Value);
                case TomlFloat f: return ParamValue.Float(f.Value);
                case TomlBoolean b: return ParamValue.Boolean(b.Value);
                case TomlDateTime d: return ParamValue.Date(d.ToString());
                case TomlArray a: return ParamValue.Array(Items(a));
                case TomlTable t: return ParamValue.Table(Members(t));
                default: return ParamValue.String(string.Empty);
            }
        }

        private static IReadOnlyList<ParamValue> Items(TomlArray array)
        {
            var items = new List<ParamValue>(array.Count);
            foreach (TomlValue item in array)
            {
                items.Add(From(item));
            }

            return items;
        }

        private static IReadOnlyList<KeyValuePair<string, ParamValue>> Members(TomlTable table)
        {
            var members = new List<KeyValuePair<string, ParamValue>>(table.Count);
            foreach (TomlEntry entry in table.Entries)
            {
                members.Add(new KeyValuePair<string, ParamValue>(entry.Key, From(entry.Value)));
            }

            return members;
        }
    }
}
