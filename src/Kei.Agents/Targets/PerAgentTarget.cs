using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Markdown;

namespace Kei.Agents.Targets
{
    /// <summary>A target with one file per agent: the tool's front matter, the generated marker, the document's sections.</summary>
    public abstract class PerAgentTarget : AgentTarget
    {
        protected PerAgentTarget(string name, string title, string folder, string suffix)
            : base(name, title, TargetLocation.FilesEndingWith(folder, suffix))
        {
            Folder = folder;
            Suffix = suffix;
        }

        protected string Folder { get; }

        protected string Suffix { get; }

        public override IReadOnlyList<GeneratedText> Render(IReadOnlyList<AgentDefinition> agents)
            => agents.Select(agent => new GeneratedText(PathOf(agent.Name), Document(agent))).ToArray();

        /// <summary>The agent's file: front matter (when the tool has one), the marker, every section.</summary>
        public string Document(AgentDefinition agent)
            => DocumentWriter.Compose(FrontMatterOf(agent), GeneratedMarker.ForAgent(agent.Name), agent.Sections.Select(s => s.Text));

        public override IReadOnlyList<string> FilesOf(string agent) => new[] { PathOf(agent) };

        public string PathOf(string agent) => (Folder.Length == 0 ? string.Empty : Folder + "/") + agent + Suffix;

        /// <summary>The tool's front matter for the agent (<c>---</c> lines included), or empty when the file has none.</summary>
        protected abstract string FrontMatterOf(AgentDefinition agent);
    }
}
