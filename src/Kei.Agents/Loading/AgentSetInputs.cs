using System.Collections.Generic;

namespace Kei.Agents.Loading
{
    /// <summary>What every agent of a set is assembled from: the blocks by key, the layout, and the names of all agents.</summary>
    internal sealed class AgentSetInputs
    {
        public AgentSetInputs(IReadOnlyDictionary<string, BlockData> blocks, LayoutData layout, ISet<string> agentNames)
        {
            Blocks = blocks;
            Layout = layout;
            AgentNames = agentNames;
        }

        public IReadOnlyDictionary<string, BlockData> Blocks { get; }

        public LayoutData Layout { get; }

        public ISet<string> AgentNames { get; }
    }
}
