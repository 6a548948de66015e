using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Markdown
{
    /// <summary>
    /// Assembles an agent document: sections in a fixed order (ROLE ... REFERENCES), one blank line between them,
    /// empty sections left out, LF endings and one trailing newline, so the same input gives the same bytes.
    /// </summary>
    internal static class DocumentWriter
    {
        private const string Dash = " \u2014 ";

        public static string Write(DocumentModel model)
        {
            AgentContent content = model.Content;
            var sections = new List<string>
            {
                FrontMatter(model.Name, content),
                "<!-- Generated from manifests/" + model.Name + ".toml and blocks/. Edit those, not this file. -->",
                content.Role.Length == 0 ? "## ROLE" : "## ROLE\n\n" + content.Role,
            };
            sections.AddRange(model.Bodies.Where(body => body.Length > 0));
            sections.Add(DomainScope(content));
            sections.Add(Section("HANDOFFS", Handoffs(content.Handoffs)));
            sections.Add(OutputFormat(model));
            sections.Add(Section("FORBIDDEN", Bullets(content.ForbiddenDomain)));
            sections.Add(Section("COMPILE-TIME ENFORCEMENT", Bullets(model.Enforcement)));
            sections.Add(Section("REFERENCES", Bullets(content.References)));
            sections.Add(model.StatusMarker.Count == 0 ? string.Empty
                : "After your final report, append:\n\n" + Fenced(new[] { "=== STATUS-TRUTH MARKER ===" }.Concat(model.StatusMarker)));
            return string.Join("\n\n", sections.Where(s => s.Length > 0)) + "\n";
        }

        private static string FrontMatter(string name, AgentContent content)
            => "---\nname: " + YamlScalars.Format(name)
               + "\ndescription: " + YamlScalars.Format(content.Description)
               + "\ntools: " + YamlScalars.Format(string.Join(", ", content.Tools))
               + "\nmodel: " + YamlScalars.Format(content.Model)
               + "\n---";

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
                parts.Add("**Out (hand off, see HANDOFFS):** " + string.Join(", ", targets));
            }

            return Section("DOMAIN SCOPE", string.Join("\n\n", parts));
        }

        private static string OutputFormat(DocumentModel model)
        {
            IEnumerable<string> lines = new[] { "=== " + model.Name.ToUpperInvariant() + " REPORT ===" }
                .Concat(model.ReportHead).Concat(model.ReportFields).Concat(model.Content.OutputExtraFields).Concat(model.ReportTail);
            return "## OUTPUT FORMAT\n\n" + Fenced(lines);
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
