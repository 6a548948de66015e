using System;

namespace Kei.Analyzers.Generator
{
    /// <summary>The equatable result of loading every agent file: the agents that can be emitted, and every diagnostic.</summary>
    public sealed class LoadedAgentSet : IEquatable<LoadedAgentSet>
    {
        public LoadedAgentSet(EquatableArray<AgentModel> agents, EquatableArray<DiagnosticModel> diagnostics)
        {
            Agents = agents;
            Diagnostics = diagnostics;
        }

        public static LoadedAgentSet Empty { get; } = new LoadedAgentSet(EquatableArray<AgentModel>.Empty, EquatableArray<DiagnosticModel>.Empty);

        /// <summary>Agents without errors only: a manifest with errors generates no class.</summary>
        public EquatableArray<AgentModel> Agents { get; }

        public EquatableArray<DiagnosticModel> Diagnostics { get; }

        public bool Equals(LoadedAgentSet? other)
            => other != null && Agents.Equals(other.Agents) && Diagnostics.Equals(other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as LoadedAgentSet);

        public override int GetHashCode() => (Agents.GetHashCode() * 397) ^ Diagnostics.GetHashCode();
    }
}
