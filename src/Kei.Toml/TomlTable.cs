using System.Collections.Generic;

namespace Kei.Toml
{
    /// <summary>A TOML table whose keys keep their document order.</summary>
    public sealed class TomlTable : TomlValue
    {
        /// <summary>
        /// Up to this many keys a linear scan beats hashing and saves a dictionary per table; most tables of real
        /// documents are this small, and the dictionary was the largest share of the reader's allocations.
        /// </summary>
        private const int LinearScanLimit = 32;

        private readonly List<TomlEntry> entries;
        private Dictionary<string, int>? index;

        public TomlTable(TomlPosition position, TomlTableKind tableKind) : this(position, tableKind, 0)
        {
        }

        /// <summary>Used by the reader, which can guess the size (e.g. from the previous element of an array of tables).</summary>
        internal TomlTable(TomlPosition position, TomlTableKind tableKind, int capacity) : base(position)
        {
            entries = new List<TomlEntry>(capacity);
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

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        public bool TryGetEntry(string key, out TomlEntry entry)
        {
            int i = IndexOf(key);
            entry = i >= 0 ? entries[i] : null!;
            return i >= 0;
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
            if (IndexOf(entry.Key) >= 0)
            {
                return false;
            }

            entries.Add(entry);
            if (index != null)
            {
                index.Add(entry.Key, entries.Count - 1);
            }
            else if (entries.Count > LinearScanLimit)
            {
                index = new Dictionary<string, int>(entries.Count * 2, System.StringComparer.Ordinal);
                for (int i = 0; i < entries.Count; i++)
                {
                    index.Add(entries[i].Key, i);
                }
            }

            return true;
        }

        private int IndexOf(string key)
        {
            if (index != null)
            {
                return index.TryGetValue(key, out int found) ? found : -1;
            }

            for (int i = 0; i < entries.Count; i++)
            {
                if (string.Equals(entries[i].Key, key))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
