namespace Kei.Toml
{
    /// <summary>The TOML type of a value.</summary>
    public enum TomlValueKind
    {
        Table,
        Array,
        String,
        Integer,
        Float,
        Boolean,
        OffsetDateTime,
        LocalDateTime,
        LocalDate,
        LocalTime,
    }
}
