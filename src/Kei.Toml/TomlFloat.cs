namespace Kei.Toml
{
    /// <summary>A TOML float (inf and nan included).</summary>
    public sealed class TomlFloat : TomlValue
    {
        public TomlFloat(double value, TomlPosition position) : base(position) => Value = value;

        public double Value { get; }

        public override TomlValueKind Kind => TomlValueKind.Float;
    }
}
