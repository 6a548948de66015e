using System;
using System.Collections.Generic;
using Kei.Agents.Loading;

namespace Kei.Agents.Import
{
    /// <summary>
    /// Reads the agents of one file: a subagent with front matter (Claude Code, and the other tools' forms), the
    /// multi-agent <c>AGENTS.md</c> this project writes, or a hand-written <c>AGENTS.md</c>/<c>CLAUDE.md</c> (one agent).
    /// </summary>
    internal static class AgentDocumentReader
    {
        private const string StatusIntro = "After your final report, append:\n\n```\n=== STATUS-TRUTH MARKER ===\n";

        /// <returns>the file's agents; none for the documents folder's index, which describes agents without being one</returns>
        public static List<ImportedAgent> Read(ImportSource source)
        {
            if (source.Text.Contains(GeneratedMarker.ForSet))
            {
                return new List<ImportedAgent>();
            }

            string[]? front = MarkdownText.SplitFrontMatter(source.Text, out string body);
            body = MarkdownText.WithoutMarker(body);
            if (front == null && AgentsMdReader.IsAgentsMd(body))
            {
                return AgentsMdReader.Read(body);
            }

            var values = new FrontMatterValues(front ?? Array.Empty<string>());
            var agent = new ImportedAgent(BlockNames.Slug(values.Get("name") ?? NameFromPath(source.Path), "agent"))
            {
                Description = values.Get("description") ?? "Imported from " + source.Path,
                Tools = values.GetList("tools") ?? Array.Empty<string>(),
                Model = values.Get("model") ?? "inherit",
            };
            ReadBody(agent, body);
            return new List<ImportedAgent> { agent };
        }

        /// <summary>The sections, the text before them, and the status marker that closes a generated document.</summary>
        public static void ReadBody(ImportedAgent agent, string body)
        {
            agent.Preamble = MarkdownText.SplitSections(body, "## ", agent.Sections);
            int last = agent.Sections.Count - 1;
            string tail = last < 0 ? agent.Preamble : agent.Sections[last].Text;
            int at = tail.LastIndexOf(StatusIntro, StringComparison.Ordinal);
            if (at < 0 || !tail.EndsWith("\n```", StringComparison.Ordinal) || (at > 0 && !tail.Substring(0, at).EndsWith("\n\n", StringComparison.Ordinal)))
            {
                return;
            }

            string lines = tail.Substring(at + StatusIntro.Length, tail.Length - at - StatusIntro.Length - 4);
            agent.StatusMarker = lines.Length == 0 ? Array.Empty<string>() : TextLines.Split(lines);
            string rest = tail.Substring(0, at).TrimEnd('\n');
            if (last < 0)
            {
                agent.Preamble = rest;
            }
            else
            {
                agent.Sections[last] = new ImportedSection(agent.Sections[last].Title, rest);
            }
        }

        /// <summary><c>.claude/agents/x.md</c> and <c>.github/agents/x.agent.md</c> → x; <c>CLAUDE.md</c> → CLAUDE.</summary>
        private static string NameFromPath(string path)
        {
            string name = AgentFileNames.FileName(path);
            int dot = name.IndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }
    }
}
