namespace Kei.Toml
{
    /// <summary>One part of a possibly dotted key (<c>b</c> in <c>a.b.c</c>) with where it is written.</summary>
    internal readonly struct KeySegment
    {
        internal KeySegment(string name, TomlPosition position)
        {
            Name = name;
            Position = position;
        }

        internal string Name { get; }

        internal TomlPosition Position { get; }
    }
}
