using System;
using System.Collections.Generic;
using Kei.Agents;
using Kei.Agents.Rules;

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

        /// <summary>Every document the core renders: one per agent without errors, and the index.</summary>
        public IReadOnlyList<RenderedDocument> RenderDocuments()
        {
            var documents = new List<RenderedDocument>();
            foreach (GeneratedText generated in AgentDocuments.Render(Set))
            {
                documents.Add(new RenderedDocument(generated.FileName, generated.Text));
            }

            return documents;
        }

        /// <summary>Documents not rendered (broken agents', and the index while one is broken): a check neither confirms nor rejects them.</summary>
        public ICollection<string> UnrenderedDocumentNames() => new HashSet<string>(AgentDocuments.Unrendered(Set), StringComparer.Ordinal);

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
