using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Kei.Agents;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// The pipeline's load step: hands every agent file to the core (<see cref="AgentSetLoader"/>) and reduces the result
    /// to equatable models. Does nothing when no manifest is present, and turns any exception into a diagnostic.
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
                AgentSet set = AgentSetLoader.Load(files);
                return ToModels(set, files);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                ImmutableArray<DiagnosticModel> failure = ImmutableArray.Create(GeneratorFailures.At(firstManifest, "loaded", exception));
                return new LoadedAgentSet(EquatableArray<AgentModel>.Empty, new EquatableArray<DiagnosticModel>(failure));
            }
        }

        private static LoadedAgentSet ToModels(AgentSet set, IEnumerable<AgentFile> files)
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

            return new LoadedAgentSet(new EquatableArray<AgentModel>(agents.ToImmutable()), new EquatableArray<DiagnosticModel>(diagnostics.ToImmutable()));
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
