using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Kei.Agents.Loading;
using Kei.Agents.Rules;

namespace Kei.Agents.Import
{
    /// <summary>
    /// Turns an imported agent's sections into manifest fields where a section has exactly the form the document layout
    /// writes (ROLE, DOMAIN SCOPE, HANDOFFS, OUTPUT FORMAT, FORBIDDEN, COMPILE-TIME ENFORCEMENT, REFERENCES); every other
    /// section, or one whose form differs, is kept whole as a block.
    /// </summary>
    internal static class SectionParser
    {
        private static readonly Regex Handoff = new Regex(@"^\*\*(.+?)\*\* \u2014 (.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex Enforced = new Regex(@"^\*\*(KEI\d+)\*\* \u2014 (.+?)(?: \(([^()]*)\))?$", RegexOptions.CultureInvariant);

        public static ImportedFields Parse(ImportedAgent agent)
        {
            var fields = new ImportedFields();
            fields.BlockSections.AddRange(agent.Shared);
            bool hasRole = agent.Sections.Any(s => s.Title == "ROLE");
            if (!hasRole)
            {
                fields.Role = agent.Preamble;
            }
            else if (agent.Preamble.Length > 0)
            {
                fields.BlockSections.Add(new ImportedSection("introduction", agent.Preamble));
            }

            foreach (ImportedSection section in agent.Sections)
            {
                if (!TryField(agent, section, fields))
                {
                    fields.BlockSections.Add(section);
                }
            }

            return fields;
        }

        private static bool TryField(ImportedAgent agent, ImportedSection section, ImportedFields fields)
        {
            string body = section.Body;
            switch (section.Title)
            {
                case "ROLE": fields.Role = body; return true;
                case "DOMAIN SCOPE": return TryDomainScope(body, fields);
                case "HANDOFFS": return TryHandoffs(body, fields.Handoffs);
                case "OUTPUT FORMAT": return TryOutputFormat(agent.Name, body, fields.OutputExtra);
                case "FORBIDDEN": return TryBullets(body, fields.Forbidden);
                case "COMPILE-TIME ENFORCEMENT": return TryEnforcement(body, fields);
                case "REFERENCES": return TryBullets(body, fields.References);
                default: return false;
            }
        }

        private static bool TryBullets(string body, List<string> into)
        {
            List<string>? items = MarkdownText.Bullets(body);
            into.AddRange(items ?? new List<string>());
            return items != null;
        }

        private static bool TryHandoffs(string body, List<AgentHandoff> into)
        {
            List<string>? items = MarkdownText.Bullets(body);
            List<Match>? matches = items?.Select(i => Handoff.Match(i)).ToList();
            if (matches == null || matches.Any(m => !m.Success))
            {
                return false;
            }

            into.Clear();
            into.AddRange(matches.Select(m => new AgentHandoff(m.Groups[1].Value, m.Groups[2].Value)));
            return true;
        }

        /// <summary>
        /// <c>**In:**</c> and a list, then the handoffs: either the names only (<c>**Out (hand off, see HANDOFFS):** a, b</c>,
        /// as the build writes it; HANDOFFS gives the triggers) or <c>**Out (hand off):**</c> and a list (HANDOFFS, when present, wins).
        /// </summary>
        private static bool TryDomainScope(string body, ImportedFields fields)
        {
            var parts = new Queue<string>(body.Split(new[] { "\n\n" }, StringSplitOptions.None));
            var domainIn = new List<string>();
            var handoffs = new List<AgentHandoff>();
            while (parts.Count > 0)
            {
                string part = parts.Dequeue();
                bool ok = part.StartsWith(Markdown.DocumentWriter.NamedHandoffs, StringComparison.Ordinal)
                    || (part == "**In:**" && parts.Count > 0 && TryBullets(parts.Dequeue(), domainIn))
                    || (part == "**Out (hand off):**" && parts.Count > 0 && TryHandoffs(parts.Dequeue(), handoffs));
                if (!ok)
                {
                    return false;
                }
            }

            fields.DomainIn.AddRange(domainIn);
            if (fields.Handoffs.Count == 0)
            {
                fields.Handoffs.AddRange(handoffs);
            }

            return true;
        }

        private static bool TryOutputFormat(string agent, string body, List<string> into)
        {
            string head = "```\n=== " + agent.ToUpperInvariant() + " REPORT ===";
            if (!body.StartsWith(head, StringComparison.Ordinal) || !body.EndsWith("\n```", StringComparison.Ordinal))
            {
                return false;
            }

            string lines = body.Substring(head.Length, body.Length - head.Length - 4).TrimStart('\n');
            into.AddRange(lines.Length == 0 ? Array.Empty<string>() : TextLines.Split(lines));
            return true;
        }

        /// <summary>Each line names a catalog rule by its catalog title, with <c>name = value</c> parameters in parentheses.</summary>
        private static bool TryEnforcement(string body, ImportedFields fields)
        {
            List<string>? items = MarkdownText.Bullets(body);
            List<Match>? matches = items?.Select(i => Enforced.Match(i)).ToList();
            if (matches == null || matches.Any(m => !m.Success || !RuleCatalog.TryGet(m.Groups[1].Value, out RuleInfo rule) || rule.Title != m.Groups[2].Value))
            {
                return false;
            }

            foreach (Match match in matches)
            {
                fields.Enforces.Add(match.Groups[1].Value);
                AddParams(match.Groups[3].Value, fields.EnforcedParams);
            }

            return true;
        }

        private static void AddParams(string text, List<KeyValuePair<string, string>> into)
        {
            foreach (string pair in text.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf(" = ", StringComparison.Ordinal);
                string name = equals < 0 ? pair : pair.Substring(0, equals);
                if (equals > 0 && into.All(p => p.Key != name))
                {
                    into.Add(new KeyValuePair<string, string>(name, pair.Substring(equals + 3)));
                }
            }
        }
    }
}
