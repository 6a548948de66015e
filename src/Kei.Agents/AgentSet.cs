using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// The result of loading a set of manifests and blocks: the agents (by name order) and every diagnostic. Each agent
    /// carries its own findings (<see cref="AgentDefinition.Diagnostics"/>): an error in one block or manifest makes only
    /// the agents that use it invalid, and hosts keep producing everything of the valid ones.
    /// </summary>
    public sealed class AgentSet
    {
        private readonly Dictionary<string, AgentDefinition> byName = new Dictionary<string, AgentDefinition>(System.StringComparer.Ordinal);

        public AgentSet(IReadOnlyList<AgentDefinition> agents, IReadOnlyList<AgentDiagnostic> diagnostics)
        {
            Agents = agents;
            Diagnostics = diagnostics;
            foreach (AgentDefinition agent in agents)
            {
                if (!byName.ContainsKey(agent.Name))
                {
                    byName.Add(agent.Name, agent);
                }
            }
        }

        public IReadOnlyList<AgentDefinition> Agents { get; }

        /// <summary>Every finding of the set, including those of files no agent uses.</summary>
        public IReadOnlyList<AgentDiagnostic> Diagnostics { get; }

        public bool TryGetAgent(string name, out AgentDefinition agent) => byName.TryGetValue(name, out agent!);

        /// <summary>The named agent when it exists and its own files have no error: the only agents hosts generate from.</summary>
        public bool TryGetValidAgent(string name, out AgentDefinition agent) => TryGetAgent(name, out agent) && !agent.HasErrors;
    }
}
