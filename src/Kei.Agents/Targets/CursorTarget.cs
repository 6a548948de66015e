using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Cursor project rules: <c>.cursor/rules/&lt;agent&gt;.mdc</c>. Cursor has rules, not subagents, so each agent is a rule
    /// the Agent applies when its <c>description</c> fits the task (<c>alwaysApply: false</c>), or, when the manifest's
    /// <c>[targets] paths</c> names files, one attached to those files (<c>globs</c>, comma-separated as Cursor reads them).
    /// </summary>
    public sealed class CursorTarget : PerAgentTarget
    {
        public CursorTarget()
            : base("cursor", "Cursor project rules", ".cursor/rules", ".mdc")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent)
            => new FrontMatter().Scalar("description", agent.Description)
                                .Verbatim("globs", string.Join(",", agent.Content.Targets.Paths))
                                .Verbatim("alwaysApply", "false").ToString();
    }
}
