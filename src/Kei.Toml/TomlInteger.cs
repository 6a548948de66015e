namespace Kei.Toml
{
    /// <summary>A 64-bit TOML integer (decimal, hex, octal or binary in the source).</summary>
    public sealed class TomlInteger : TomlValue
    {
        public TomlInteger(long value, TomlPosition position) : base(position) => Value = value;

        public long Value { get; }

        public override TomlValueKind Kind => TomlValueKind.Integer;
    }
}
