using System;

namespace Kei.Analyzers.Generator
{
    /// <summary>The equatable result of loading every agent file: the agents that can be emitted, and every diagnostic.</summary>
    public sealed class LoadedAgentSet : IEquatable<LoadedAgentSet>
    {
        public LoadedAgentSet(EquatableArray<AgentModel> agents, EquatableArray<DiagnosticModel> diagnostics, string firstManifestPath)
        {
            Agents = agents;
            Diagnostics = diagnostics;
            FirstManifestPath = firstManifestPath;
        }

        /// <summary>No manifest at all: nothing is generated, not even the catalog.</summary>
        public static LoadedAgentSet Empty { get; } = new LoadedAgentSet(EquatableArray<AgentModel>.Empty, EquatableArray<DiagnosticModel>.Empty, string.Empty);

        /// <summary>Agents without errors only: a manifest with errors generates no class.</summary>
        public EquatableArray<AgentModel> Agents { get; }

        public EquatableArray<DiagnosticModel> Diagnostics { get; }

        /// <summary>
        /// The first manifest's path, empty when the set has none. With manifests the catalog is always emitted, even when
        /// every agent is broken, so the namespace stays and C# that names an agent gets a precise error, not CS0234 on it.
        /// </summary>
        public string FirstManifestPath { get; }

        public bool Equals(LoadedAgentSet? other)
            => other != null && Agents.Equals(other.Agents) && Diagnostics.Equals(other.Diagnostics) && FirstManifestPath == other.FirstManifestPath;

        public override bool Equals(object? obj) => Equals(obj as LoadedAgentSet);

        public override int GetHashCode() => (Agents.GetHashCode() * 397) ^ Diagnostics.GetHashCode();
    }
}
