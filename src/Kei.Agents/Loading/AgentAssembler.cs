using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Markdown;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Turns one read manifest into an agent: checks its blocks and handoffs, resolves parameters, assembles the document.</summary>
    internal sealed class AgentAssembler
    {
        private readonly IReadOnlyDictionary<string, BlockData> blocks;
        private readonly LayoutData layout;
        private readonly ISet<string> agentNames;
        private readonly DateTime? today;
        private readonly DiagnosticBag bag;

        public AgentAssembler(IReadOnlyDictionary<string, BlockData> blocks, LayoutData layout, ISet<string> agentNames, DateTime? today, DiagnosticBag bag)
        {
            this.blocks = blocks;
            this.layout = layout;
            this.agentNames = agentNames;
            this.today = today;
            this.bag = bag;
        }

        public AgentDefinition Assemble(ManifestData manifest)
        {
            if (manifest.Reader == null)
            {
                return new AgentDefinition(manifest.AgentName, manifest.Path, true, PolicyParams.Empty, Array.Empty<string>(), manifest.Content, Array.Empty<DocumentSection>(), string.Empty);
            }

            int errorsBefore = bag.ErrorCount;
            List<BlockData> included = IncludedBlocks(manifest, manifest.Reader);
            new BlockOrderCheck(layout.ObligatoryBlocks).Run(manifest, manifest.Reader);
            CheckHandoffs(manifest, manifest.Reader);
            var merger = new ParamMerger();
            PolicyParams parameters = ResolveParams(manifest, manifest.Reader, included, merger);
            IReadOnlyList<string> enforced = EnforcedRules(included);
            manifest.Content.References = included.SelectMany(b => b.References).Concat(manifest.ReferencesExtra).Select(ReferenceText.Rewrite).ToArray();
            List<DocumentSection> bodies = included.Select(b => new DocumentSection(b.Key, PlaceholderSubstitution.Apply(b, parameters, manifest.AgentName, bag))).ToList();
            if (today.HasValue)
            {
                PriceAgeCheck.Run(merger.Root, parameters, today.Value, bag);
            }

            bool hasErrors = manifest.HasErrors || layout.HasErrors || included.Any(b => b.HasErrors) || bag.ErrorCount > errorsBefore;
            IReadOnlyList<DocumentSection> sections = hasErrors ? Array.Empty<DocumentSection>() : DocumentWriter.Sections(Document(manifest, included, bodies, enforced, parameters));
            string markdown = hasErrors ? string.Empty : DocumentWriter.Write(manifest.AgentName, manifest.Content, sections);
            return new AgentDefinition(manifest.AgentName, manifest.Path, hasErrors, parameters, enforced, manifest.Content, sections, markdown);
        }

        /// <summary>The substrate block (when named) then the manifest's blocks; each missing one is KEI203.</summary>
        private List<BlockData> IncludedBlocks(ManifestData manifest, TableReader reader)
        {
            var included = new List<BlockData>();
            if (manifest.SubstrateRole != null)
            {
                string key = AgentFileNames.SubstrateFolder + manifest.SubstrateRole.Value;
                AddBlock(included, key, "substrate role '" + manifest.SubstrateRole.Value + "' has no block file blocks/" + key + ".md", manifest.SubstrateRole.Position, reader);
            }

            foreach (TomlString name in manifest.Blocks)
            {
                AddBlock(included, name.Value, "block '" + name.Value + "' has no file blocks/" + name.Value + ".md", name.Position, reader);
            }

            return included;
        }

        private void AddBlock(List<BlockData> included, string key, string missingMessage, TomlPosition at, TableReader reader)
        {
            if (blocks.TryGetValue(key, out BlockData block))
            {
                included.Add(block);
            }
            else
            {
                reader.Report("KEI203", missingMessage, at);
            }
        }

        private void CheckHandoffs(ManifestData manifest, TableReader reader)
        {
            foreach (KeyValuePair<AgentHandoff, TomlPosition> handoff in manifest.Handoffs.Where(h => !agentNames.Contains(h.Key.Target)))
            {
                reader.Report("KEI205", "handoff target '" + handoff.Key.Target + "' names no manifest of the set", handoff.Value);
            }
        }

        private static PolicyParams ResolveParams(ManifestData manifest, TableReader reader, List<BlockData> included, ParamMerger merger)
        {
            foreach (BlockData block in included.Where(b => b.Params != null && b.FrontMatter != null))
            {
                merger.AddDefaults(block.Params!, block.FrontMatter!, "block '" + block.Key + "'");
            }

            if (manifest.Params != null)
            {
                merger.AddOverrides(manifest.Params, reader, "manifest '" + manifest.AgentName + "'");
            }

            return new PolicyParams(merger.Root.ToMembers());
        }

        private static IReadOnlyList<string> EnforcedRules(List<BlockData> included)
            => included.SelectMany(b => b.Enforces).Select(r => r.Value).Where(id => RuleCatalog.TryGet(id, out _))
                       .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();

        private DocumentModel Document(ManifestData manifest, List<BlockData> included, List<DocumentSection> bodies, IReadOnlyList<string> enforced, PolicyParams parameters)
            => new DocumentModel(manifest.AgentName, manifest.Content)
            {
                Bodies = bodies,
                ReportFields = included.SelectMany(b => b.ReportFields).ToArray(),
                Enforcement = EnforcementList.Lines(enforced, parameters),
                ReportHead = layout.ReportHead,
                ReportTail = layout.ReportTail,
                StatusMarker = included.Select(b => b.StatusMarker).LastOrDefault(m => m != null) ?? layout.StatusMarker,
            };
    }
}
