using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// OpenCode agents: <c>.opencode/agents/&lt;agent&gt;.md</c> with <c>description</c> and <c>mode: subagent</c> (the file
    /// name is the agent's name), and <c>permissions</c> rules that deny editing and the shell when the manifest's tools
    /// grant neither. <c>model</c> is left out: OpenCode names models as provider/model, not Claude Code's aliases.
    /// </summary>
    public sealed class OpenCodeTarget : PerAgentTarget
    {
        public OpenCodeTarget()
            : base("opencode", "OpenCode agents", ".opencode/agents", ".md")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent)
        {
            FrontMatter front = new FrontMatter().Scalar("description", agent.Description).Verbatim("mode", "subagent");
            if (agent.Tools.Count == 0)
            {
                return front.ToString();
            }

            bool edits = false;
            foreach (string tool in ToolNames.Editing)
            {
                edits |= ToolNames.Includes(agent.Tools, tool);
            }

            bool shell = ToolNames.Includes(agent.Tools, "Bash");
            if (!edits || !shell)
            {
                front.Line("permissions:");
                AddDeny(front, "edit", !edits);
                AddDeny(front, "shell", !shell);
            }

            return front.ToString();
        }

        private static void AddDeny(FrontMatter front, string action, bool deny)
        {
            if (deny)
            {
                front.Line("  - action: " + action).Line("    resource: \"*\"").Line("    effect: deny");
            }
        }
    }
}
