using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Targets;

namespace Kei.Agents
{
    /// <summary>
    /// The documents of the default target: one <c>&lt;name&gt;.md</c> per valid agent, then <c>index.md</c> when every
    /// agent is valid. The index lists every agent, so while one is broken it is left as it is rather than rewritten
    /// without that agent.
    /// </summary>
    public static class AgentDocuments
    {
        public const string IndexFileName = GeneratedFolderTarget.IndexFileName;

        public static IReadOnlyList<GeneratedText> Render(AgentSet set)
            => TargetRendering.Render(set, TargetSelection.Parse(AgentTargets.DefaultName)).Select(o => new GeneratedText(o.Path, o.Text)).ToList();

        /// <summary>The documents <see cref="Render"/> leaves out: those of broken agents, and the index while one is broken.</summary>
        public static IReadOnlyCollection<string> Unrendered(AgentSet set)
            => new SortedSet<string>(TargetRendering.Held(set, TargetSelection.Parse(AgentTargets.DefaultName).Targets).Select(o => o.Path), System.StringComparer.Ordinal);
    }
}
