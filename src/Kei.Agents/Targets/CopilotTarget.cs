using System.Collections.Generic;
using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// GitHub Copilot custom agents: <c>.github/agents/&lt;agent&gt;.agent.md</c> with <c>name</c>, <c>description</c> and
    /// <c>tools</c> as Copilot's aliases. <c>model</c> is left out: Copilot names models differently from Claude Code's
    /// aliases, and without it the agent runs on the default model.
    /// </summary>
    public sealed class CopilotTarget : PerAgentTarget
    {
        public CopilotTarget()
            : base("copilot", "GitHub Copilot custom agents", ".github/agents", ".agent.md")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent)
        {
            FrontMatter front = new FrontMatter().Scalar("name", agent.Name).Scalar("description", agent.Description);
            if (agent.Tools.Count > 0)
            {
                IReadOnlyList<string> tools = ToolNames.Translate(agent.Tools, ToolNames.Copilot, keepUnknown: true);
                front.FlowList("tools", tools);
            }

            return front.ToString();
        }
    }
}
