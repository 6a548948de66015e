using System;
using System.Collections.Generic;

namespace Kei.Agents.Markdown
{
    /// <summary>Everything the assembled document of one agent is made of, already resolved and substituted.</summary>
    internal sealed class DocumentModel
    {
        public DocumentModel(string name, AgentContent content)
        {
            Name = name;
            Content = content;
        }

        public string Name { get; }

        public AgentContent Content { get; }

        /// <summary>The substrate block's body first (when there is one), then each block's, in manifest order.</summary>
        public IReadOnlyList<DocumentSection> Bodies { get; set; } = Array.Empty<DocumentSection>();

        /// <summary>The report lines between the layout's head and the manifest's extra fields (blocks' report_fields).</summary>
        public IReadOnlyList<string> ReportFields { get; set; } = Array.Empty<string>();

        /// <summary>Each COMPILE-TIME ENFORCEMENT line after the dash, e.g. <c>**KEI101** — title (max_function_lines = 30)</c>.</summary>
        public IReadOnlyList<string> Enforcement { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> ReportHead { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> ReportTail { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> StatusMarker { get; set; } = Array.Empty<string>();
    }
}
