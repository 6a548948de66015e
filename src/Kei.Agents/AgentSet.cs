using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>The result of loading a set of manifests and blocks: the agents (by name order) and every diagnostic.</summary>
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

        public IReadOnlyList<AgentDiagnostic> Diagnostics { get; }

        public bool TryGetAgent(string name, out AgentDefinition agent) => byName.TryGetValue(name, out agent!);
    }
}
