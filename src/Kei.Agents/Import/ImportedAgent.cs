using System.Collections.Generic;

namespace Kei.Agents.Import
{
    /// <summary>An agent as read from a document: front matter values, the text before the first section, the sections.</summary>
    internal sealed class ImportedAgent
    {
        public ImportedAgent(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public string Description { get; set; } = string.Empty;

        public IReadOnlyList<string> Tools { get; set; } = System.Array.Empty<string>();

        public string Model { get; set; } = "inherit";

        /// <summary>Text before the first <c>## </c> heading (a document without a ROLE section starts with its role).</summary>
        public string Preamble { get; set; } = string.Empty;

        /// <summary>Sections every agent of the file shares (AGENTS.md's <c># Shared rules</c>), included first.</summary>
        public List<ImportedSection> Shared { get; } = new List<ImportedSection>();

        public List<ImportedSection> Sections { get; } = new List<ImportedSection>();

        /// <summary>The STATUS-TRUTH MARKER lines after "After your final report, append:", or null when there is none.</summary>
        public IReadOnlyList<string>? StatusMarker { get; set; }
    }
}
