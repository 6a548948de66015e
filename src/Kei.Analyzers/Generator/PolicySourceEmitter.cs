using System;
using System.Collections.Generic;
using System.Threading;
using Kei.Agents;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// The pipeline's emit steps: the core's <see cref="PolicyEmitter"/> writes the C#; this host only wraps the calls so
    /// an exception becomes a diagnostic on the agent's manifest instead of a compiler crash.
    /// </summary>
    internal static class PolicySourceEmitter
    {
        public static SourceModel EmitAgent((AgentModel Agent, string Namespace) input, CancellationToken cancellationToken)
        {
            AgentDefinition agent = input.Agent.Definition;
            try
            {
                GeneratedText generated = PolicyEmitter.EmitAgent(agent, input.Namespace);
                return SourceModel.Emitted(generated.FileName, generated.Text);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return SourceModel.Failed(GeneratorFailures.At(agent.ManifestPath, "emitted as C#", exception));
            }
        }

        /// <summary>The catalog of the valid agents; emitted whenever the set has a manifest (see <see cref="LoadedAgentSet.FirstManifestPath"/>).</summary>
        public static SourceModel EmitCatalog(((EquatableArray<AgentModel> Agents, string FirstManifestPath) Set, string Namespace) input, CancellationToken cancellationToken)
        {
            if (input.Set.FirstManifestPath.Length == 0)
            {
                return SourceModel.None;
            }

            var definitions = new List<AgentDefinition>(input.Set.Agents.Count);
            foreach (AgentModel agent in input.Set.Agents)
            {
                definitions.Add(agent.Definition);
            }

            try
            {
                GeneratedText generated = PolicyEmitter.EmitCatalog(definitions, input.Namespace);
                return SourceModel.Emitted(generated.FileName, generated.Text);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return SourceModel.Failed(GeneratorFailures.At(input.Set.FirstManifestPath, "emitted as C#", exception));
            }
        }
    }
}
