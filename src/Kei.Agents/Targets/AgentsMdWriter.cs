using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Writes <c>AGENTS.md</c>: the marker naming every manifest, a list linking each agent's section, the block bodies every
    /// agent includes unchanged (<c># Shared rules</c>, only with two agents or more), then <c># Agent: &lt;name&gt;</c> per
    /// agent with its description, tools, model and remaining sections. Sections keep their <c>##</c> headings.
    /// </summary>
    internal static class AgentsMdWriter
    {
        public const string SharedHeading = "# Shared rules";
        public const string AgentHeading = "# Agent: ";
        public const string ToolsLine = "- tools:";
        public const string ModelLine = "- model:";

        public static string Write(IReadOnlyList<AgentDefinition> agents)
        {
            List<DocumentSection> shared = SharedSections(agents);
            var parts = new List<string> { GeneratedMarker.ForAgents(agents.Select(a => a.Name)), Contents(agents) };
            if (shared.Count > 0)
            {
                parts.Add(SharedHeading + "\n\nEvery agent below follows these rules.");
                parts.AddRange(shared.Select(s => s.Text));
            }

            foreach (AgentDefinition agent in agents)
            {
                parts.Add(AgentHeading + agent.Name + "\n\n" + OneLine(agent.Description) + "\n\n" + Details(agent));
                parts.AddRange(agent.Sections.Where(s => !shared.Contains(s)).Select(s => s.Text));
            }

            return string.Join("\n\n", parts) + "\n";
        }

        /// <summary>GitHub's anchor of an agent's heading: <c># Agent: code-implementer</c> → <c>agent-code-implementer</c>.</summary>
        public static string Anchor(string agent) => "agent-" + agent.ToLowerInvariant();

        private static string Contents(IReadOnlyList<AgentDefinition> agents)
        {
            var text = new StringBuilder("# Agents\n\n");
            text.Append(agents.Count == 1 ? "The agent of this repository, generated from its manifest:\n\n"
                : "The agents of this repository, generated from their manifests. Each follows the shared rules and the rules of its own section:\n\n");
            text.Append(string.Join("\n", agents.Select(a => "- [" + a.Name + "](#" + Anchor(a.Name) + ") \u2014 " + OneLine(a.Description))));
            return text.ToString();
        }

        private static string Details(AgentDefinition agent)
            => (ToolsLine + " " + string.Join(", ", agent.Tools)).TrimEnd() + "\n" + (ModelLine + " " + agent.Model).TrimEnd();

        /// <summary>Block bodies that every agent includes with the same text, in the first agent's order.</summary>
        private static List<DocumentSection> SharedSections(IReadOnlyList<AgentDefinition> agents)
        {
            if (agents.Count < 2)
            {
                return new List<DocumentSection>();
            }

            return agents[0].Sections.Where(s => s.Block != null && agents.All(a => a.Sections.Contains(s))).ToList();
        }

        private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
    }
}
