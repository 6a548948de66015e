using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Kei.Agents;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// The pipeline's load step: hands every agent file to the core (<see cref="AgentSetLoader"/>) and reduces the result
    /// to equatable models: the valid agents (an error stays with the agents whose files have it) and every diagnostic.
    /// Does nothing when no manifest is present, and turns any exception into a diagnostic.
    /// </summary>
    internal static class AgentSetModelLoader
    {
        public static LoadedAgentSet Load(ImmutableArray<AgentFile> files, CancellationToken cancellationToken)
        {
            string? firstManifest = FirstManifestPath(files);
            if (firstManifest == null)
            {
                return LoadedAgentSet.Empty;
            }

            try
            {
                List<AgentFile> distinct = DistinctByPath(files);
                return ToModels(AgentSetLoader.Load(distinct), distinct, firstManifest);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                ImmutableArray<DiagnosticModel> failure = ImmutableArray.Create(GeneratorFailures.At(firstManifest, "loaded", exception));
                return new LoadedAgentSet(EquatableArray<AgentModel>.Empty, new EquatableArray<DiagnosticModel>(failure), firstManifest);
            }
        }

        private static LoadedAgentSet ToModels(AgentSet set, IEnumerable<AgentFile> files, string firstManifest)
        {
            ImmutableArray<AgentModel>.Builder agents = ImmutableArray.CreateBuilder<AgentModel>();
            foreach (AgentDefinition agent in set.Agents)
            {
                if (!agent.HasErrors)
                {
                    agents.Add(new AgentModel(agent));
                }
            }

            var mapper = new DiagnosticSpanMapper(files);
            ImmutableArray<DiagnosticModel>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticModel>();
            foreach (AgentDiagnostic diagnostic in set.Diagnostics)
            {
                diagnostics.Add(mapper.Map(diagnostic));
            }

            return new LoadedAgentSet(new EquatableArray<AgentModel>(agents.ToImmutable()), new EquatableArray<DiagnosticModel>(diagnostics.ToImmutable()), firstManifest);
        }

        /// <summary>A file listed twice (a default glob plus an explicit item) is one file, not a duplicate agent or block.</summary>
        private static List<AgentFile> DistinctByPath(ImmutableArray<AgentFile> files)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var distinct = new List<AgentFile>(files.Length);
            foreach (AgentFile file in files)
            {
                if (seen.Add(file.Path))
                {
                    distinct.Add(file);
                }
            }

            return distinct;
        }

        private static string? FirstManifestPath(ImmutableArray<AgentFile> files)
        {
            foreach (AgentFile file in files)
            {
                if (file.Kind == AgentFileKind.Manifest)
                {
                    return file.Path;
                }
            }

            return null;
        }
    }
}
