namespace Kei.Agents
{
    /// <summary>The type of a resolved block parameter.</summary>
    public enum ParamValueKind
    {
        String,
        Integer,
        Float,
        Boolean,
        Date,
        Array,
        Table,
    }
}
