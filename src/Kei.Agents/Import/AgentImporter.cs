using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Import
{
    /// <summary>
    /// <c>kei import</c>'s core: reads agent files a team already has (Claude Code subagents, AGENTS.md, CLAUDE.md) and
    /// writes manifests and blocks that render back to the same text. Sections in the document layout's form become
    /// manifest fields; every other section becomes a block, one per distinct text, shared by the agents that have it.
    /// The imported set's layout (<c>blocks/_layout.toml</c>) carries the documents' own report lines and obligatory blocks.
    /// </summary>
    public static class AgentImporter
    {
        private const string LayoutPath = "blocks/_layout.toml";

        public static ImportResult Import(IReadOnlyList<ImportSource> sources)
        {
            var notes = new List<string>();
            List<ImportedAgent> agents = ReadAgents(sources, notes);
            IReadOnlyList<string> common = CommonStatusMarker(agents);
            var blocks = new BlockNames();
            var files = new List<GeneratedText>();
            var enforcement = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ImportedAgent agent in agents)
            {
                ImportedFields fields = SectionParser.Parse(agent);
                List<string> names = fields.BlockSections.Select(s => blocks.NameFor(s.Title, s.Text)).ToList();
                if (fields.Enforces.Count > 0)
                {
                    names.Add(EnforcementBlock(fields, blocks, enforcement, files));
                }

                string? substrate = SubstrateFor(agent, common, files);
                files.Add(new GeneratedText("manifests/" + agent.Name + ".toml", ManifestText.Write(agent, fields, names, substrate)));
            }

            files.AddRange(blocks.Blocks.Select(b => new GeneratedText("blocks/" + b.Key + ".md", BlockText.Write(b.Value))));
            files.Add(new GeneratedText(LayoutPath, Layout(common)));
            List<GeneratedText> ordered = files.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
            return new ImportResult(ordered, agents.Select(a => a.Name).ToArray(), notes);
        }

        private static List<ImportedAgent> ReadAgents(IReadOnlyList<ImportSource> sources, List<string> notes)
        {
            var agents = new List<ImportedAgent>();
            foreach (ImportSource source in sources)
            {
                List<ImportedAgent> read = AgentDocumentReader.Read(source);
                if (read.Count == 0)
                {
                    notes.Add(source.Path + ": holds no agent (an index of agents); skipped");
                }

                foreach (ImportedAgent agent in read)
                {
                    if (agents.Any(a => a.Name == agent.Name))
                    {
                        notes.Add(source.Path + ": agent '" + agent.Name + "' is imported already; this one is skipped");
                        continue;
                    }

                    agents.Add(agent);
                }
            }

            return agents;
        }

        /// <summary>One block (no body) per distinct set of enforced rules and values; agents with the same set share it.</summary>
        private static string EnforcementBlock(ImportedFields fields, BlockNames blocks, Dictionary<string, string> known, List<GeneratedText> files)
        {
            string text = BlockText.Enforcement(fields.Enforces, fields.EnforcedParams);
            if (!known.TryGetValue(text, out string name))
            {
                name = blocks.Reserve("enforcement");
                known.Add(text, name);
                files.Add(new GeneratedText("blocks/" + name + ".md", text));
            }

            return name;
        }

        /// <summary>An agent whose status marker differs from the layout's gets it from a substrate block of its own.</summary>
        private static string? SubstrateFor(ImportedAgent agent, IReadOnlyList<string> common, List<GeneratedText> files)
        {
            IReadOnlyList<string> marker = agent.StatusMarker ?? Array.Empty<string>();
            if (marker.SequenceEqual(common, StringComparer.Ordinal))
            {
                return null;
            }

            files.Add(new GeneratedText("blocks/substrate/" + agent.Name + ".md", BlockText.StatusMarker(marker)));
            return agent.Name;
        }

        /// <summary>The status marker most agents end with (the first of those tied), which the layout then carries.</summary>
        private static IReadOnlyList<string> CommonStatusMarker(IReadOnlyList<ImportedAgent> agents)
            => agents.Select(a => a.StatusMarker ?? Array.Empty<string>())
                     .GroupBy(m => string.Join("\n", m), StringComparer.Ordinal)
                     .OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault() ?? Array.Empty<string>();

        private static string Layout(IReadOnlyList<string> statusMarker)
            => "# Written by kei import: the imported documents carry their own report lines and have no obligatory blocks.\n"
               + "obligatory_blocks = []\nreport_head = []\nreport_tail = []\nstatus_marker = " + TomlText.Array(statusMarker) + "\n";
    }
}
