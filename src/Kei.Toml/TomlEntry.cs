namespace Kei.Toml
{
    /// <summary>One key of a table with the position of the key as written and its value.</summary>
    public sealed class TomlEntry
    {
        public TomlEntry(string key, TomlPosition keyPosition, TomlValue value)
        {
            Key = key;
            KeyPosition = keyPosition;
            Value = value;
        }

        public string Key { get; }

        /// <summary>Where this key segment is written (for a dotted key <c>a.b.c</c>, the segment naming this entry).</summary>
        public TomlPosition KeyPosition { get; }

        public TomlValue Value { get; }
    }
}
