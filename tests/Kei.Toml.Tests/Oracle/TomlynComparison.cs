using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using Model = Tomlyn.Model;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>
    /// Walks Kei.Toml's tree and Tomlyn's side by side. Tables compare as key sets (order is not a TOML value), arrays
    /// item by item whatever syntax built them, floats bit for bit (nan equals nan), date-times field by field.
    /// </summary>
    internal sealed class TomlynComparison
    {
        public string? Unlisted { get; private set; }

        public System.Collections.Generic.List<string> ListedDifferences { get; } = new System.Collections.Generic.List<string>();

        public void CompareTables(TomlTable kei, Model.TomlTable tomlyn, string path)
        {
            var keiKeys = kei.Entries.Select(e => e.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var tomlynKeys = tomlyn.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (!keiKeys.SequenceEqual(tomlynKeys))
            {
                Report(path, "keys [" + string.Join(", ", keiKeys) + "] against Tomlyn's [" + string.Join(", ", tomlynKeys) + "]", null, null);
                return;
            }

            foreach (TomlEntry entry in kei.Entries)
            {
                CompareValues(entry.Value, tomlyn[entry.Key], path + "." + entry.Key);
            }
        }

        private void CompareValues(TomlValue kei, object? tomlyn, string path)
        {
            if (Unlisted != null)
            {
                return;
            }

            switch (kei)
            {
                case TomlTable table when tomlyn is Model.TomlTable other:
                    CompareTables(table, other, path);
                    return;
                case TomlArray array when tomlyn is Model.TomlArray || tomlyn is Model.TomlTableArray:
                    CompareArrays(array, ((IEnumerable)tomlyn).Cast<object?>().ToList(), path);
                    return;
                case TomlTable:
                case TomlArray:
                    Report(path, kei.TypeName + " against Tomlyn's " + (tomlyn?.GetType().Name ?? "null"), kei, tomlyn);
                    return;
                default:
                    CompareScalars(kei, tomlyn, path);
                    return;
            }
        }

        private void CompareArrays(TomlArray kei, System.Collections.Generic.List<object?> tomlyn, string path)
        {
            if (kei.Count != tomlyn.Count)
            {
                Report(path, kei.Count + " items against Tomlyn's " + tomlyn.Count, kei, tomlyn);
                return;
            }

            for (int i = 0; i < kei.Count; i++)
            {
                CompareValues(kei[i], tomlyn[i], path + "[" + i + "]");
            }
        }

        private void CompareScalars(TomlValue kei, object? tomlyn, string path)
        {
            bool equal = kei switch
            {
                TomlString s => tomlyn is string t && string.Equals(s.Value, t, StringComparison.Ordinal),
                TomlInteger i => tomlyn is long l && i.Value == l,
                TomlFloat f => tomlyn is double d && (double.IsNaN(f.Value) ? double.IsNaN(d) : BitConverter.DoubleToInt64Bits(f.Value) == BitConverter.DoubleToInt64Bits(d)),
                TomlBoolean b => tomlyn is bool c && b.Value == c,
                TomlDateTime dt => tomlyn is Tomlyn.TomlDateTime other && TomlynDateTimes.Equal(dt, other),
                _ => false,
            };
            if (!equal)
            {
                Report(path, kei.TypeName + " " + Describe(kei) + " against Tomlyn's " + Describe(tomlyn), kei, tomlyn);
            }
        }

        private void Report(string path, string difference, object? kei, object? tomlyn)
        {
            TomlynDisagreement? listed = TomlynDisagreements.Listed.FirstOrDefault(d => d.Explains(kei, tomlyn));
            if (listed != null)
            {
                ListedDifferences.Add(listed.Name);
                return;
            }

            Unlisted ??= path + ": " + difference;
        }

        private static string Describe(object? value) => value switch
        {
            null => "null",
            TomlString s => "'" + s.Value + "'",
            TomlInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
            TomlFloat f => f.Value.ToString("R", CultureInfo.InvariantCulture),
            TomlBoolean b => b.Value ? "true" : "false",
            TomlValue v => v.ToString() ?? string.Empty,
            double d => d.ToString("R", CultureInfo.InvariantCulture) + " (double)",
            string s => "'" + s + "' (string)",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) + " (" + value.GetType().Name + ")",
        };
    }
}
