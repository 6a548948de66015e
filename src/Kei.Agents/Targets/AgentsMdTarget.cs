using System;
using System.Collections.Generic;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// <c>AGENTS.md</c> at the root, read by the tools that follow the AGENTS.md convention (Codex, Copilot, Cursor, Gemini
    /// CLI, OpenCode, ...). One file for every agent: the rules all agents share once, then one section per agent.
    /// </summary>
    public sealed class AgentsMdTarget : AgentTarget
    {
        public const string FileName = "AGENTS.md";

        public AgentsMdTarget()
            : base("agents-md", "AGENTS.md", TargetLocation.File(string.Empty, FileName))
        {
        }

        public override IReadOnlyList<string> SetFiles => new[] { FileName };

        public override IReadOnlyList<GeneratedText> Render(IReadOnlyList<AgentDefinition> agents)
            => agents.Count == 0 ? Array.Empty<GeneratedText>() : new[] { new GeneratedText(FileName, AgentsMdWriter.Write(agents)) };
    }
}
