using System.Collections;
using System.Collections.Generic;

namespace Kei.Toml
{
    /// <summary>A TOML array: an inline array, or an array of tables built by <c>[[header]]</c>.</summary>
    public sealed class TomlArray : TomlValue, IReadOnlyList<TomlValue>
    {
        private readonly List<TomlValue> items;

        public TomlArray(TomlPosition position, bool isArrayOfTables) : base(position)
        {
            items = new List<TomlValue>();
            IsArrayOfTables = isArrayOfTables;
        }

        /// <summary>Used by the reader, which knows the item count once the closing bracket is read.</summary>
        internal TomlArray(TomlPosition position, bool isArrayOfTables, int capacity) : base(position)
        {
            items = new List<TomlValue>(capacity);
            IsArrayOfTables = isArrayOfTables;
        }

        public override TomlValueKind Kind => TomlValueKind.Array;

        /// <summary>True when built by <c>[[header]]</c> sections (such an array can be extended; an inline one cannot).</summary>
        public bool IsArrayOfTables { get; }

        public int Count => items.Count;

        public TomlValue this[int index] => items[index];

        public void Add(TomlValue value) => items.Add(value);

        public IEnumerator<TomlValue> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
