using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Markdown
{
    /// <summary>
    /// Assembles an agent document: sections in a fixed order, one blank line between them, empty sections left out,
    /// LF endings and one trailing newline, so the same input gives the same bytes. Every target writes the same
    /// sections; only the front matter and the file around them differ.
    /// </summary>
    internal static class DocumentWriter
    {
        /// <summary>DOMAIN SCOPE's line naming the agents handed off to (when to hand off is said once, in HANDOFFS).</summary>
        internal const string NamedHandoffs = "**Out (hand off, see HANDOFFS):** ";

        private const string Dash = " \u2014 ";

        /// <summary>The sections of one agent, in document order; a section with nothing in it is left out.</summary>
        public static IReadOnlyList<DocumentSection> Sections(DocumentModel model)
        {
            AgentContent content = model.Content;
            var sections = new List<DocumentSection> { Layout(content.Role.Length == 0 ? "## ROLE" : "## ROLE\n\n" + content.Role) };
            sections.AddRange(model.Bodies.Where(body => body.Text.Length > 0));
            sections.Add(Layout(DomainScope(content)));
            sections.Add(Layout(Section("HANDOFFS", Handoffs(content.Handoffs))));
            sections.Add(Layout(OutputFormat(model)));
            sections.Add(Layout(Section("FORBIDDEN", Bullets(content.ForbiddenDomain))));
            sections.Add(Layout(Section("COMPILE-TIME ENFORCEMENT", Bullets(model.Enforcement))));
            sections.Add(Layout(Section("REFERENCES", Bullets(content.References))));
            sections.Add(Layout(model.StatusMarker.Count == 0 ? string.Empty
                : "After your final report, append:\n\n" + Fenced(new[] { "=== STATUS-TRUTH MARKER ===" }.Concat(model.StatusMarker))));
            return sections.Where(s => s.Text.Length > 0).ToArray();
        }

        /// <summary>The document of <c>_generated/</c> and Claude Code: its subagent front matter, the marker, the sections.</summary>
        public static string Write(string name, AgentContent content, IReadOnlyList<DocumentSection> sections)
            => Compose(ClaudeFrontMatter(name, content), GeneratedMarker.ForAgent(name), sections.Select(s => s.Text));

        /// <summary>Front matter (when any), the generated-file marker, then the sections, each separated by one blank line.</summary>
        public static string Compose(string frontMatter, string marker, IEnumerable<string> sections)
        {
            var parts = new List<string>();
            if (frontMatter.Length > 0)
            {
                parts.Add(frontMatter);
            }

            parts.Add(marker);
            parts.AddRange(sections.Where(s => s.Length > 0));
            return string.Join("\n\n", parts) + "\n";
        }

        public static string ClaudeFrontMatter(string name, AgentContent content)
            => new FrontMatter().Scalar("name", name).Scalar("description", content.Description)
                                .Scalar("tools", string.Join(", ", content.Tools)).Scalar("model", content.Model).ToString();

        private static DocumentSection Layout(string text) => new DocumentSection(null, text);

        private static string DomainScope(AgentContent content)
        {
            var parts = new List<string>();
            if (content.DomainIn.Count > 0)
            {
                parts.Add("**In:**\n\n" + Bullets(content.DomainIn));
            }

            if (content.Handoffs.Count > 0)
            {
                // Names only: when to hand off is said once, in HANDOFFS (the triggers would otherwise be printed twice).
                IEnumerable<string> targets = content.Handoffs.Select(h => h.Target).Distinct(System.StringComparer.Ordinal);
                parts.Add(NamedHandoffs + string.Join(", ", targets));
            }

            return Section("DOMAIN SCOPE", string.Join("\n\n", parts));
        }

        /// <summary>The report's lines under its title; left out when a layout and the agent give it no line at all.</summary>
        private static string OutputFormat(DocumentModel model)
        {
            List<string> lines = model.ReportHead.Concat(model.ReportFields).Concat(model.Content.OutputExtraFields).Concat(model.ReportTail).ToList();
            return lines.Count == 0 ? string.Empty
                : "## OUTPUT FORMAT\n\n" + Fenced(new[] { "=== " + model.Name.ToUpperInvariant() + " REPORT ===" }.Concat(lines));
        }

        private static string Handoffs(IReadOnlyList<AgentHandoff> handoffs)
            => string.Join("\n", handoffs.Select(h => "- **" + h.Target + "**" + Dash + h.Trigger));

        private static string Bullets(IEnumerable<string> items) => string.Join("\n", items.Select(item => "- " + item));

        private static string Fenced(IEnumerable<string> lines) => "```\n" + string.Join("\n", lines) + "\n```";

        private static string Section(string title, string body) => body.Length == 0 ? string.Empty : "## " + title + "\n\n" + body;

        internal static string EnforcementLine(string ruleId, string title, IReadOnlyList<string> parameters)
            => "**" + ruleId + "**" + Dash + title + (parameters.Count == 0 ? string.Empty : " (" + string.Join(", ", parameters) + ")");
    }
}
