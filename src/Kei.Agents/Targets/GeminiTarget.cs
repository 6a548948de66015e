using System.Collections.Generic;
using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Gemini CLI subagents: <c>.gemini/agents/&lt;agent&gt;.md</c> with <c>name</c>, <c>description</c>, <c>kind: local</c>
    /// and <c>tools</c> as Gemini CLI's tool names (a tool it has no equivalent of is left out). <c>model</c> is left out:
    /// the subagent then uses the session's model.
    /// </summary>
    public sealed class GeminiTarget : PerAgentTarget
    {
        public GeminiTarget()
            : base("gemini", "Gemini CLI subagents", ".gemini/agents", ".md")
        {
        }

        protected override string FrontMatterOf(AgentDefinition agent)
        {
            FrontMatter front = new FrontMatter().Scalar("name", agent.Name).Scalar("description", agent.Description).Verbatim("kind", "local");
            if (agent.Tools.Count > 0)
            {
                IReadOnlyList<string> tools = ToolNames.Translate(agent.Tools, ToolNames.Gemini, keepUnknown: false);
                if (tools.Count == 0)
                {
                    front.Verbatim("tools", "[]");
                }
                else
                {
                    front.BlockList("tools", tools, quote: false);
                }
            }

            return front.ToString();
        }
    }
}
