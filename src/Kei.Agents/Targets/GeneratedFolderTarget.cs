using System.Collections.Generic;
using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// The documents folder (<c>_generated/</c> by default): one Claude Code-style document per agent and
    /// <c>index.md</c>. The default target, unchanged from earlier versions.
    /// </summary>
    public sealed class GeneratedFolderTarget : PerAgentTarget
    {
        public const string IndexFileName = "index.md";

        public GeneratedFolderTarget()
            : base("generated", "Agent documents and index (_generated/)", string.Empty, ".md")
        {
        }

        public override bool InDocumentsFolder => true;

        public override IReadOnlyList<string> SetFiles => new[] { IndexFileName };

        public override IReadOnlyList<GeneratedText> Render(IReadOnlyList<AgentDefinition> agents)
        {
            var documents = new List<GeneratedText>(base.Render(agents));
            documents.Add(new GeneratedText(IndexFileName, IndexWriter.Write(agents)));
            return documents;
        }

        protected override string FrontMatterOf(AgentDefinition agent) => DocumentWriter.ClaudeFrontMatter(agent.Name, agent.Content);
    }
}
