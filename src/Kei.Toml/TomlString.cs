namespace Kei.Toml
{
    /// <summary>A TOML string (basic, literal, or multi-line), escapes resolved.</summary>
    public sealed class TomlString : TomlValue
    {
        public TomlString(string value, TomlPosition position) : base(position) => Value = value;

        public string Value { get; }

        public override TomlValueKind Kind => TomlValueKind.String;
    }
}
