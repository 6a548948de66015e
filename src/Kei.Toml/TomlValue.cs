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
        /// <remarks>Settable inside the reader because a table created implicitly by <c>[a.b]</c> moves to <c>[a]</c> once that header defines it.</remarks>
        public TomlPosition Position { get; internal set; }

        /// <summary>The TOML type name as the compliance suite and messages spell it.</summary>
        public string TypeName => TomlTypeNames.Of(Kind);
    }
}
