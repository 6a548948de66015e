namespace Kei.Agents.Rules
{
    /// <summary>Default severity of a rule, mapped onto the compiler's severities by the hosts.</summary>
    public enum RuleSeverity
    {
        Info,
        Warning,
        Error,
    }
}
