namespace Kei.Toml
{
    /// <summary>A value of a TOML document with the position it was read from.</summary>
    public abstract class TomlValue
    {
        protected TomlValue(TomlPosition position)
        {
            Position = position;
        }

        public abstract TomlValueKind Kind { get; }

        /// <summary>The span of the value's text (for a table: its header or opening brace; the root: 1,1,0).</summary>
        public TomlPosition Position { get; }

        /// <summary>The TOML type name as the compliance suite and messages spell it.</summary>
        public string TypeName => TomlTypeNames.Of(Kind);
    }
}
