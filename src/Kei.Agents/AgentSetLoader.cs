using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Loading;
using Kei.Agents.Rules;

namespace Kei.Agents
{
    /// <summary>The one entry point hosts call: parse, validate and resolve a set of agent files. Never throws.</summary>
    public static class AgentSetLoader
    {
        /// <param name="files">every manifest, block and layout file of the set</param>
        /// <param name="today">the date KEI209 measures price age against (null: the GPU price age is not checked)</param>
        public static AgentSet Load(IEnumerable<AgentFile> files, DateTime? today = null)
        {
            try
            {
                return LoadChecked(Clean(files), today);
            }
            catch (Exception e)
            {
                // A bug here must not crash a compiler or an IDE: it becomes one diagnostic instead.
                var failure = new AgentDiagnostic("KEI200", RuleSeverity.Error, "the agent files could not be loaded: " + e.GetType().Name + ": " + e.Message, string.Empty, 1, 1, 0);
                return new AgentSet(Array.Empty<AgentDefinition>(), new[] { failure });
            }
        }

        private static AgentSet LoadChecked(List<AgentFile> files, DateTime? today)
        {
            var bag = new DiagnosticBag();
            LayoutData layout = LayoutReader.Read(files.FirstOrDefault(f => f.Kind == AgentFileKind.Layout), bag);
            var blocks = new Dictionary<string, BlockData>(StringComparer.Ordinal);
            foreach (AgentFile file in files.Where(f => f.Kind == AgentFileKind.Block))
            {
                BlockData block = BlockReader.Read(file, bag);
                if (!blocks.ContainsKey(block.Key))
                {
                    blocks.Add(block.Key, block);
                }
            }

            List<ManifestData> manifests = files.Where(f => f.Kind == AgentFileKind.Manifest).Select(f => ManifestReader.Read(f, bag)).ToList();
            NameChecks.Run(manifests, bag);
            NameChecks.RunClassNames(manifests, bag);
            var inputs = new AgentSetInputs(blocks, layout, new HashSet<string>(manifests.Select(m => m.AgentName), StringComparer.Ordinal));
            var assembler = new AgentAssembler(inputs, new FileFindings(bag.Since(0)), today, bag);
            List<AgentDefinition> agents = manifests.Select(assembler.Assemble)
                .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.ManifestPath, StringComparer.Ordinal).ToList();
            return new AgentSet(agents, bag.ToSortedList());
        }

        /// <summary>Inputs in path order with no nulls, so the result does not depend on the order hosts pass files in.</summary>
        private static List<AgentFile> Clean(IEnumerable<AgentFile>? files)
            => (files ?? Array.Empty<AgentFile>())
                .Where(f => f != null)
                .Select(f => new AgentFile(f.Kind, f.Path ?? string.Empty, f.Text ?? string.Empty))
                .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Kind)
                .ToList();
    }
}
