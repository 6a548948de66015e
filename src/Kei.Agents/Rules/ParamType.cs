namespace Kei.Agents.Rules
{
    /// <summary>The declared type of a parameter of the rule catalog; each one fixes the C# type it is generated as.</summary>
    public enum ParamType
    {
        /// <summary>A whole number in a range (line limits, step intervals, retries, days): generated as <c>int</c>.</summary>
        Integer,

        /// <summary>An amount in USD, whole cents, in a range: generated as <c>decimal</c>, the runtime's money type.</summary>
        Money,

        /// <summary>A version such as <c>2.1</c> (numbers joined by dots): generated as <c>string</c>.</summary>
        Version,

        /// <summary>A calendar date, <c>yyyy-mm-dd</c>: generated as <c>string</c>.</summary>
        Date,

        /// <summary>A table (the GPU price table and its rows): generated as a nested class.</summary>
        Table,
    }
}
