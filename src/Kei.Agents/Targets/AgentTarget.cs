using System.Collections.Generic;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// One agent tool's native form of the agents: a pure renderer from the agents to files (path relative to the target's
    /// base folder, '/'-separated, and exact text). Every file carries the generated marker.
    /// </summary>
    public abstract class AgentTarget
    {
        protected AgentTarget(string name, string title, params TargetLocation[] locations)
        {
            Name = name;
            Title = title;
            Locations = locations;
        }

        /// <summary>The name used in <c>KeiAgentTargets</c>, <c>kei render --target</c> and <c>[targets] skip</c>.</summary>
        public string Name { get; }

        /// <summary>What the files are for, e.g. "Claude Code subagents".</summary>
        public string Title { get; }

        /// <summary>Where this target's files live; the only places hosts ever delete a file (and only a marked one).</summary>
        public IReadOnlyList<TargetLocation> Locations { get; }

        /// <summary>True for the documents folder (<c>KeiAgentDocsDir</c>); false when paths are relative to the targets root.</summary>
        public virtual bool InDocumentsFolder => false;

        /// <summary>The file of one agent (paths as <see cref="Render"/> gives them); none for a target of one file.</summary>
        public virtual IReadOnlyList<string> FilesOf(string agent) => System.Array.Empty<string>();

        /// <summary>Files that list every agent (an index, <c>AGENTS.md</c>): left as they are while an agent is broken.</summary>
        public virtual IReadOnlyList<string> SetFiles => System.Array.Empty<string>();

        /// <param name="agents">the agents this target writes: without errors, not skipping it, in name order</param>
        public abstract IReadOnlyList<GeneratedText> Render(IReadOnlyList<AgentDefinition> agents);

        public override string ToString() => Name;
    }
}
