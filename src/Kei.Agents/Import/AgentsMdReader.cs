using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Loading;
using Kei.Agents.Targets;

namespace Kei.Agents.Import
{
    /// <summary>Reads the <c>AGENTS.md</c> this project writes: <c># Shared rules</c>, then <c># Agent: &lt;name&gt;</c> sections.</summary>
    internal static class AgentsMdReader
    {
        private static readonly string SharedTitle = AgentsMdWriter.SharedHeading.Substring(2);
        private static readonly string AgentTitle = AgentsMdWriter.AgentHeading.Substring(2);

        public static bool IsAgentsMd(string body)
        {
            var chunks = new List<ImportedSection>();
            MarkdownText.SplitSections(body, "# ", chunks);
            return chunks.Any(c => c.Title.StartsWith(AgentTitle, StringComparison.Ordinal));
        }

        public static List<ImportedAgent> Read(string body)
        {
            var chunks = new List<ImportedSection>();
            MarkdownText.SplitSections(body, "# ", chunks);
            var shared = new List<ImportedSection>();
            foreach (ImportedSection chunk in chunks.Where(c => c.Title == SharedTitle))
            {
                MarkdownText.SplitSections(chunk.Body, "## ", shared);
            }

            var agents = new List<ImportedAgent>();
            foreach (ImportedSection chunk in chunks.Where(c => c.Title.StartsWith(AgentTitle, StringComparison.Ordinal)))
            {
                var agent = new ImportedAgent(BlockNames.Slug(chunk.Title.Substring(AgentTitle.Length), "agent"));
                agent.Shared.AddRange(shared);
                AgentDocumentReader.ReadBody(agent, chunk.Body);
                ReadDetails(agent);
                agents.Add(agent);
            }

            return agents;
        }

        /// <summary>The description paragraph and the <c>- tools:</c> / <c>- model:</c> lines before the agent's sections.</summary>
        private static void ReadDetails(ImportedAgent agent)
        {
            var description = new List<string>();
            foreach (string line in TextLines.Split(agent.Preamble))
            {
                if (line.StartsWith(AgentsMdWriter.ToolsLine, StringComparison.Ordinal))
                {
                    agent.Tools = line.Substring(AgentsMdWriter.ToolsLine.Length).Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
                }
                else if (line.StartsWith(AgentsMdWriter.ModelLine, StringComparison.Ordinal))
                {
                    agent.Model = line.Substring(AgentsMdWriter.ModelLine.Length).Trim();
                }
                else if (line.Trim().Length > 0)
                {
                    description.Add(line.Trim());
                }
            }

            agent.Description = string.Join(" ", description);
            agent.Preamble = string.Empty;
        }
    }
}
