using System.Collections.Generic;

namespace Kei.Agents.Import
{
    /// <summary>What an import writes (manifests, blocks and the layout, root-relative paths) and what it has to say about it.</summary>
    public sealed class ImportResult
    {
        public ImportResult(IReadOnlyList<GeneratedText> files, IReadOnlyList<string> agents, IReadOnlyList<string> notes)
        {
            Files = files;
            Agents = agents;
            Notes = notes;
        }

        /// <summary><c>manifests/&lt;agent&gt;.toml</c>, <c>blocks/&lt;block&gt;.md</c>, <c>blocks/_layout.toml</c>.</summary>
        public IReadOnlyList<GeneratedText> Files { get; }

        /// <summary>The names of the agents imported, in order.</summary>
        public IReadOnlyList<string> Agents { get; }

        /// <summary>Files that held no agent, duplicate names, and the like.</summary>
        public IReadOnlyList<string> Notes { get; }
    }
}
