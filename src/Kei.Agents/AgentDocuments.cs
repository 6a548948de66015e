using System.Collections.Generic;
using Kei.Agents.Markdown;

namespace Kei.Agents
{
    /// <summary>
    /// The documents of a set: one <c>&lt;name&gt;.md</c> per valid agent, then <c>index.md</c> when every agent is valid.
    /// The index lists every agent, so while one is broken it is left as it is rather than rewritten without that agent.
    /// </summary>
    public static class AgentDocuments
    {
        public const string IndexFileName = "index.md";

        public static IReadOnlyList<GeneratedText> Render(AgentSet set)
        {
            var documents = new List<GeneratedText>();
            var rendered = new List<AgentDefinition>();
            foreach (AgentDefinition agent in set.Agents)
            {
                if (!agent.HasErrors)
                {
                    documents.Add(new GeneratedText(agent.Name + ".md", agent.Markdown));
                    rendered.Add(agent);
                }
            }

            if (rendered.Count == set.Agents.Count)
            {
                documents.Add(new GeneratedText(IndexFileName, IndexWriter.Write(rendered)));
            }

            return documents;
        }

        /// <summary>The documents <see cref="Render"/> leaves out: those of broken agents, and the index while one is broken.</summary>
        public static IReadOnlyCollection<string> Unrendered(AgentSet set)
        {
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (AgentDefinition agent in set.Agents)
            {
                if (agent.HasErrors)
                {
                    names.Add(agent.Name + ".md");
                    names.Add(IndexFileName);
                }
            }

            return names;
        }
    }
}
