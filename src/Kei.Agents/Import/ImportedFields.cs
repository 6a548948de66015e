using System.Collections.Generic;

namespace Kei.Agents.Import
{
    /// <summary>An imported agent's manifest fields, read from the sections the document layout writes, and its block sections.</summary>
    internal sealed class ImportedFields
    {
        public string Role { get; set; } = string.Empty;

        public List<string> DomainIn { get; } = new List<string>();

        public List<AgentHandoff> Handoffs { get; } = new List<AgentHandoff>();

        public List<string> OutputExtra { get; } = new List<string>();

        public List<string> Forbidden { get; } = new List<string>();

        public List<string> References { get; } = new List<string>();

        /// <summary>The COMPILE-TIME ENFORCEMENT rules in order, each with its parameter values as printed.</summary>
        public List<string> Enforces { get; } = new List<string>();

        public List<KeyValuePair<string, string>> EnforcedParams { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Sections that become blocks, in order (shared ones first).</summary>
        public List<ImportedSection> BlockSections { get; } = new List<ImportedSection>();
    }
}
