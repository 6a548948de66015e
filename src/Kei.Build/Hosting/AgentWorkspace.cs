using System;
using System.Collections.Generic;
using Kei.Agents;
using Kei.Agents.Rules;
using Kei.Agents.Targets;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// One loaded set of agent files, as every disk-based host (MSBuild task, CLI) uses it: the core loads, validates and
    /// renders; this class only adapts the results to what the hosts do with them (write, compare, print).
    /// </summary>
    public sealed class AgentWorkspace
    {
        private AgentWorkspace(IReadOnlyList<AgentFile> files, AgentSet set)
        {
            Files = files;
            Set = set;
        }

        public IReadOnlyList<AgentFile> Files { get; }

        public AgentSet Set { get; }

        public bool HasManifests => CountManifests() > 0;

        public bool HasErrors => CountErrors() > 0;

        /// <param name="today">the date stale GPU prices are measured against; null leaves price age unchecked</param>
        public static AgentWorkspace Load(IReadOnlyList<AgentFile> files, DateTime? today = null)
            => new AgentWorkspace(files, AgentSetLoader.Load(files, today));

        /// <summary>Every file of the selected targets, as the core renders them.</summary>
        public IReadOnlyList<TargetOutput> Render(TargetSelection selection) => TargetRendering.Render(Set, selection);

        /// <summary>What a write leaves as it is while agents are broken: their files and those listing every agent.</summary>
        public IReadOnlyList<TargetOutput> Held(IEnumerable<AgentTarget> targets) => TargetRendering.Held(Set, targets);

        public int CountErrors()
        {
            int errors = 0;
            foreach (AgentDiagnostic diagnostic in Set.Diagnostics)
            {
                errors += diagnostic.Severity == RuleSeverity.Error ? 1 : 0;
            }

            return errors;
        }

        private int CountManifests()
        {
            int manifests = 0;
            foreach (AgentFile file in Files)
            {
                manifests += file.Kind == AgentFileKind.Manifest ? 1 : 0;
            }

            return manifests;
        }
    }
}
