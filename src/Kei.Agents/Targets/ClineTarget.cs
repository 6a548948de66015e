using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Cline rules: <c>.clinerules/&lt;agent&gt;.md</c>. Cline has rules, not subagents, and scopes a rule by the files it
    /// applies to: with <c>[targets] paths</c> the rule is conditional (<c>paths</c> front matter); without, it has no
    /// front matter and is on until it is switched off in Cline's rules panel.
    /// </summary>
    public sealed class ClineTarget : PerAgentTarget
    {
        public ClineTarget()
            : base("cline", "Cline rules", ".clinerules", ".md")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent)
            => agent.Content.Targets.Paths.Count == 0 ? string.Empty
                : new FrontMatter().BlockList("paths", agent.Content.Targets.Paths, quote: true).ToString();
    }
}
