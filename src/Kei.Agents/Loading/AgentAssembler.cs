using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Markdown;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// Turns one read manifest into an agent: checks its blocks and handoffs, resolves parameters, assembles the document.
    /// An agent whose own files (manifest, included blocks, layout) have errors stops after the structural checks: its
    /// parameters and placeholders are not resolved, so a broken block reports its root error and no follow-ons.
    /// </summary>
    internal sealed class AgentAssembler
    {
        private readonly IReadOnlyDictionary<string, BlockData> blocks;
        private readonly LayoutData layout;
        private readonly ISet<string> agentNames;
        private readonly DateTime? today;
        private readonly DiagnosticBag bag;
        private readonly FileFindings fileFindings;

        public AgentAssembler(AgentSetInputs inputs, FileFindings fileFindings, DateTime? today, DiagnosticBag bag)
        {
            blocks = inputs.Blocks;
            layout = inputs.Layout;
            agentNames = inputs.AgentNames;
            this.fileFindings = fileFindings;
            this.today = today;
            this.bag = bag;
        }

        public AgentDefinition Assemble(ManifestData manifest)
        {
            int mark = bag.Count;
            if (manifest.Reader == null)
            {
                return Definition(manifest, new List<BlockData>(), mark, PolicyParams.Empty, Array.Empty<string>(), Array.Empty<DocumentSection>(), string.Empty);
            }

            List<BlockData> included = IncludedBlocks(manifest, manifest.Reader);
            new BlockOrderCheck(layout.ObligatoryBlocks).Run(manifest, manifest.Reader);
            CheckHandoffs(manifest, manifest.Reader);
            IReadOnlyList<string> enforced = EnforcedRules(included);
            manifest.Content.References = included.SelectMany(b => b.References).Concat(manifest.ReferencesExtra).Select(ReferenceText.Rewrite).ToArray();
            bool inputsValid = !manifest.HasErrors && !layout.HasErrors && !included.Any(b => b.HasErrors) && !bag.Since(mark).Any(IsError);
            return inputsValid ? Resolve(manifest, manifest.Reader, included, mark, enforced)
                : Definition(manifest, included, mark, PolicyParams.Empty, enforced, Array.Empty<DocumentSection>(), string.Empty);
        }

        /// <summary>Parameters, their orders, placeholders and price age, then the document when all of that is clean.</summary>
        private AgentDefinition Resolve(ManifestData manifest, TableReader reader, List<BlockData> included, int mark, IReadOnlyList<string> enforced)
        {
            var merger = new ParamMerger();
            PolicyParams parameters = ResolveParams(manifest, reader, included, merger);
            ParamOrderCheck.Run(merger.Root, manifest.Path, bag);
            List<DocumentSection> bodies = included.Select(b => new DocumentSection(b.Key, PlaceholderSubstitution.Apply(b, parameters, manifest.AgentName, bag))).ToList();
            if (today.HasValue)
            {
                PriceAgeCheck.Run(merger.Root, parameters, today.Value, bag);
            }

            bool valid = !bag.Since(mark).Any(IsError);
            IReadOnlyList<DocumentSection> sections = valid ? DocumentWriter.Sections(Document(manifest, included, bodies, enforced, parameters)) : Array.Empty<DocumentSection>();
            string markdown = valid ? DocumentWriter.Write(manifest.AgentName, manifest.Content, sections) : string.Empty;
            return Definition(manifest, included, mark, parameters, enforced, sections, markdown);
        }

        /// <summary>The agent with its own findings: those of its files, then what assembling it reported since <paramref name="mark"/>.</summary>
        private AgentDefinition Definition(
            ManifestData manifest, List<BlockData> included, int mark, PolicyParams parameters, IReadOnlyList<string> enforced,
            IReadOnlyList<DocumentSection> sections, string markdown)
        {
            IEnumerable<AgentDiagnostic> own = fileFindings.Of(manifest.Path).Concat(fileFindings.Of(layout.Path))
                .Concat(included.SelectMany(b => fileFindings.Of(b.Path))).Concat(bag.Since(mark));
            return new AgentDefinition(manifest.AgentName, manifest.Path, parameters, enforced, manifest.Content, sections, markdown, DiagnosticBag.Sorted(own));
        }

        private static bool IsError(AgentDiagnostic diagnostic) => diagnostic.Severity == RuleSeverity.Error;

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
                string? closest = key.StartsWith(AgentFileNames.SubstrateFolder, StringComparison.Ordinal) ? null : NameSuggestions.Closest(key, blocks.Keys);
                reader.Report("KEI203", missingMessage + NameSuggestions.DidYouMean(closest), at);
            }
        }

        private void CheckHandoffs(ManifestData manifest, TableReader reader)
        {
            foreach (KeyValuePair<AgentHandoff, TomlPosition> handoff in manifest.Handoffs.Where(h => !agentNames.Contains(h.Key.Target)))
            {
                string hint = NameSuggestions.DidYouMean(NameSuggestions.Closest(handoff.Key.Target, agentNames));
                reader.Report("KEI205", "handoff target '" + handoff.Key.Target + "' names no manifest of the set" + hint, handoff.Value);
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
