using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>Claude Code subagents: <c>.claude/agents/&lt;agent&gt;.md</c> with <c>name</c>, <c>description</c>, <c>tools</c>, <c>model</c>.</summary>
    public sealed class ClaudeTarget : PerAgentTarget
    {
        public ClaudeTarget()
            : base("claude", "Claude Code subagents", ".claude/agents", ".md")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent) => DocumentWriter.ClaudeFrontMatter(agent.Name, agent.Content);
    }
}
