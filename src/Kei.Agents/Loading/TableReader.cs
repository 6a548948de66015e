using System.Collections.Generic;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// Typed reads of one TOML table that report what is wrong (KEI201 missing key or wrong type, KEI202 unknown key) at
    /// the key or value, with positions shifted to the file (block front matter does not start on line 1).
    /// </summary>
    internal sealed class TableReader
    {
        private readonly TomlTable table;
        private readonly DiagnosticBag bag;
        private readonly int lineOffset;

        public TableReader(TomlTable table, string path, DiagnosticBag bag, int lineOffset)
        {
            this.table = table;
            Path = path;
            this.bag = bag;
            this.lineOffset = lineOffset;
        }

        public string Path { get; }

        public TomlTable Table => table;

        public DiagnosticBag Bag => bag;

        /// <summary>A reader of a table nested in this one (same file, same line offset).</summary>
        public TableReader Nested(TomlTable nested) => new TableReader(nested, Path, bag, lineOffset);

        /// <summary>A position of this table's text, as a position in the file.</summary>
        public TomlPosition At(TomlPosition position) => new TomlPosition(position.Line + lineOffset, position.Column, position.Length);

        public TomlString? String(string key, bool required)
        {
            TomlValue? value = Value(key, required);
            return value == null ? null : value as TomlString ?? WrongType<TomlString>(key, value, "a string");
        }

        public TomlTable? SubTable(string key)
        {
            TomlValue? value = Value(key, false);
            return value == null ? null : value as TomlTable ?? WrongType<TomlTable>(key, value, "a table");
        }

        /// <summary>An array of strings; items of another type are reported and left out.</summary>
        public IReadOnlyList<TomlString>? Strings(string key, bool required)
        {
            TomlValue? value = Value(key, required);
            if (value == null)
            {
                return null;
            }

            if (!(value is TomlArray array) || array.IsArrayOfTables)
            {
                return WrongType<IReadOnlyList<TomlString>>(key, value, "an array of strings");
            }

            var items = new List<TomlString>(array.Count);
            foreach (TomlValue item in array)
            {
                if (item is TomlString text)
                {
                    items.Add(text);
                }
                else
                {
                    bag.Add("KEI201", "'" + key + "' must hold strings only, found " + item.TypeName, Path, At(item.Position));
                }
            }

            return items;
        }

        /// <summary>
        /// Reports every key not in <paramref name="known"/> as KEI202, naming the closest known key. A warning, so newer
        /// files still build; but an unknown table at the root of a file (<c>[parms]</c>) is an error, because it drops a
        /// whole section (every override under it) without a trace in the result.
        /// </summary>
        public void ReportUnknownKeys(string what, bool isFileRoot, params string[] known)
        {
            var allowed = new HashSet<string>(known, System.StringComparer.Ordinal);
            foreach (TomlEntry entry in table.Entries)
            {
                if (allowed.Contains(entry.Key))
                {
                    continue;
                }

                bool dropsSection = isFileRoot && IsTableOrTables(entry.Value);
                string message = "unknown " + (dropsSection ? "table" : "key") + " '" + entry.Key + "' in " + what
                                 + (dropsSection ? ": nothing under it is read" : string.Empty)
                                 + NameSuggestions.DidYouMean(NameSuggestions.Closest(entry.Key, known));
                Report("KEI202", dropsSection ? RuleSeverity.Error : RuleSeverity.Warning, message, entry.KeyPosition);
            }
        }

        public void Report(string id, string message, TomlPosition position) => bag.Add(id, message, Path, At(position));

        public void Report(string id, RuleSeverity severity, string message, TomlPosition position)
            => bag.Add(id, severity, message, Path, At(position));

        public TomlPosition KeyPosition(string key)
            => table.TryGetEntry(key, out TomlEntry entry) ? entry.KeyPosition : table.Position;

        private static bool IsTableOrTables(TomlValue value) => value is TomlTable || (value is TomlArray array && array.IsArrayOfTables);

        private TomlValue? Value(string key, bool required)
        {
            if (table.TryGetValue(key, out TomlValue value))
            {
                return value;
            }

            if (required)
            {
                // A missing key has no text of its own: point at the table's header (line 1, column 1 for the root).
                bag.Add("KEI201", "missing required key '" + key + "'", Path, At(table.Position));
            }

            return null;
        }

        private T? WrongType<T>(string key, TomlValue value, string expected)
            where T : class
        {
            bag.Add("KEI201", "'" + key + "' must be " + expected + ", found " + value.TypeName, Path, At(value.Position));
            return null;
        }
    }
}
