using System;

namespace Kei.Toml
{
    /// <summary>Where a key or value stands in the source: 1-based line and column (UTF-16 units), and its length.</summary>
    public readonly struct TomlPosition : IEquatable<TomlPosition>
    {
        public TomlPosition(int line, int column, int length)
        {
            Line = line;
            Column = column;
            Length = length;
        }

        public int Line { get; }

        public int Column { get; }

        public int Length { get; }

        public bool Equals(TomlPosition other) => Line == other.Line && Column == other.Column && Length == other.Length;

        public override bool Equals(object? obj) => obj is TomlPosition other && Equals(other);

        public override int GetHashCode() => (Line * 397) ^ (Column * 31) ^ Length;

        public override string ToString() => "(" + Line + "," + Column + ")";
    }
}
