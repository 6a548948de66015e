namespace Kei.Toml
{
    /// <summary>A TOML boolean.</summary>
    public sealed class TomlBoolean : TomlValue
    {
        public TomlBoolean(bool value, TomlPosition position) : base(position) => Value = value;

        public bool Value { get; }

        public override TomlValueKind Kind => TomlValueKind.Boolean;
    }
}
