using System.Collections.Generic;
using Kei.Agents.Targets;

namespace Kei.Agents
{
    /// <summary>The documents of the default target: one <c>&lt;name&gt;.md</c> per agent without errors, then <c>index.md</c>.</summary>
    public static class AgentDocuments
    {
        public const string IndexFileName = GeneratedFolderTarget.IndexFileName;

        public static IReadOnlyList<GeneratedText> Render(AgentSet set)
        {
            var target = new GeneratedFolderTarget();
            return target.Render(TargetRendering.AgentsOf(set, target));
        }
    }
}
