using System;
using System.Collections;
using System.Collections.Generic;

namespace Kei.Toml
{
    /// <summary>A TOML array: an inline array, or an array of tables built by <c>[[header]]</c>.</summary>
    public sealed class TomlArray : TomlValue, IReadOnlyList<TomlValue>
    {
        // A bare array rather than a List: the reader knows most sizes up front, and one object less per array matters
        // in documents made of many small arrays.
        private TomlValue[] items;
        private int count;

        public TomlArray(TomlPosition position, bool isArrayOfTables) : this(position, isArrayOfTables, 0)
        {
        }

        /// <summary>Used by the reader, which knows the item count once the closing bracket is read.</summary>
        internal TomlArray(TomlPosition position, bool isArrayOfTables, int capacity) : base(position)
        {
            items = capacity == 0 ? Array.Empty<TomlValue>() : new TomlValue[capacity];
            IsArrayOfTables = isArrayOfTables;
        }

        public override TomlValueKind Kind => TomlValueKind.Array;

        /// <summary>True when built by <c>[[header]]</c> sections (such an array can be extended; an inline one cannot).</summary>
        public bool IsArrayOfTables { get; }

        public int Count => count;

        public TomlValue this[int index] => (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public void Add(TomlValue value)
        {
            if (count == items.Length)
            {
                Array.Resize(ref items, count == 0 ? 4 : count * 2);
            }

            items[count++] = value;
        }

        public IEnumerator<TomlValue> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
