using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Kei.Agents.Markdown
{
    /// <summary>Writes <c>_generated/index.md</c>: a table of every agent and its handoff graph as Mermaid <c>graph LR</c>.</summary>
    internal static class IndexWriter
    {
        public static string Write(IReadOnlyList<AgentDefinition> agents)
        {
            List<AgentDefinition> ordered = agents.OrderBy(a => a.Name, System.StringComparer.Ordinal).ToList();
            var sb = new StringBuilder();
            sb.Append("# Agents\n\n")
              .Append(GeneratedMarker.ForSet).Append("\n\n")
              .Append("| agent | model | description | blocks |\n")
              .Append("|---|---|---|---|\n");
            foreach (AgentDefinition agent in ordered)
            {
                sb.Append("| [").Append(agent.Name).Append("](").Append(agent.Name).Append(".md) | ")
                  .Append(Cell(agent.Model)).Append(" | ").Append(Cell(agent.Description)).Append(" | ")
                  .Append(Cell(string.Join(", ", agent.Blocks))).Append(" |\n");
            }

            sb.Append("\n## Handoff graph\n\n```mermaid\ngraph LR\n");
            AppendGraph(sb, ordered);
            return sb.Append("```\n").ToString();
        }

        private static void AppendGraph(StringBuilder sb, IReadOnlyList<AgentDefinition> agents)
        {
            var names = new HashSet<string>(agents.Select(a => a.Name), System.StringComparer.Ordinal);
            foreach (AgentDefinition agent in agents)
            {
                sb.Append("    ").Append(NodeId(agent.Name)).Append("[\"").Append(agent.Name).Append("\"]\n");
            }

            // Only edges between agents of the set: an unknown target is a KEI205 warning, not a node of the graph.
            foreach (AgentDefinition agent in agents)
            {
                IEnumerable<string> targets = agent.Handoffs.Select(h => h.Target).Where(names.Contains).Distinct(System.StringComparer.Ordinal);
                foreach (string target in targets)
                {
                    sb.Append("    ").Append(NodeId(agent.Name)).Append(" --> ").Append(NodeId(target)).Append('\n');
                }
            }
        }

        /// <summary>A prefix keeps ids clear of Mermaid's keywords (<c>end</c>) and edge markers (ids starting with o or x).</summary>
        private static string NodeId(string name) => "agent_" + name.Replace('-', '_');

        /// <summary>A table cell on one line, with the pipe escaped so it does not split the cell.</summary>
        internal static string Cell(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("|", "\\|");
    }
}
