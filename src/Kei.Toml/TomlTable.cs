using System.Collections.Generic;

namespace Kei.Toml
{
    /// <summary>A TOML table whose keys keep their document order.</summary>
    public sealed class TomlTable : TomlValue
    {
        private readonly List<TomlEntry> entries = new List<TomlEntry>();
        private readonly Dictionary<string, int> index = new Dictionary<string, int>(System.StringComparer.Ordinal);

        public TomlTable(TomlPosition position, TomlTableKind tableKind) : base(position)
        {
            TableKind = tableKind;
        }

        public override TomlValueKind Kind => TomlValueKind.Table;

        /// <summary>How the table was introduced; the parser may promote Implicit to Header once.</summary>
        public TomlTableKind TableKind { get; set; }

        /// <summary>
        /// The section in which dotted keys created this table: TOML lets dotted keys extend such a table only within
        /// that section, so the reader compares this stamp with the current section's instead of keeping a set.
        /// </summary>
        internal int DottedSection { get; set; }

        public IReadOnlyList<TomlEntry> Entries => entries;

        public int Count => entries.Count;

        public bool ContainsKey(string key) => index.ContainsKey(key);

        public bool TryGetEntry(string key, out TomlEntry entry)
        {
            if (index.TryGetValue(key, out int i))
            {
                entry = entries[i];
                return true;
            }

            entry = null!;
            return false;
        }

        public bool TryGetValue(string key, out TomlValue value)
        {
            bool found = TryGetEntry(key, out TomlEntry entry);
            value = found ? entry.Value : null!;
            return found;
        }

        /// <summary>Adds a key; returns false (and adds nothing) when the key exists already.</summary>
        public bool TryAdd(TomlEntry entry)
        {
            if (index.ContainsKey(entry.Key))
            {
                return false;
            }

            index.Add(entry.Key, entries.Count);
            entries.Add(entry);
            return true;
        }
    }
}
