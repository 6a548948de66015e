using System.Collections.Generic;
using Kei.Agents.Markdown;

namespace Kei.Agents
{
    /// <summary>The documents of a set: one <c>&lt;name&gt;.md</c> per agent without errors, then <c>index.md</c>.</summary>
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

            documents.Add(new GeneratedText(IndexFileName, IndexWriter.Write(rendered)));
            return documents;
        }
    }
}
