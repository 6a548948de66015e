namespace Kei.Toml
{
    /// <summary>Human names of TOML types, used in messages ("expected string, found integer").</summary>
    public static class TomlTypeNames
    {
        public static string Of(TomlValueKind kind)
        {
            switch (kind)
            {
                case TomlValueKind.Table: return "table";
                case TomlValueKind.Array: return "array";
                case TomlValueKind.String: return "string";
                case TomlValueKind.Integer: return "integer";
                case TomlValueKind.Float: return "float";
                case TomlValueKind.Boolean: return "boolean";
                case TomlValueKind.OffsetDateTime: return "offset date-time";
                case TomlValueKind.LocalDateTime: return "local date-time";
                case TomlValueKind.LocalDate: return "local date";
                default: return "local time";
            }
        }
    }
}
