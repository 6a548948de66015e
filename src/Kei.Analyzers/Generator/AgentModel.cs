using System;
using Kei.Agents;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// One error-free agent as it flows through the pipeline. Equality delegates to the core's value equality of
    /// <see cref="AgentDefinition"/>, so an agent whose files did not change is Unchanged and is not re-emitted.
    /// </summary>
    public sealed class AgentModel : IEquatable<AgentModel>
    {
        public AgentModel(AgentDefinition definition)
        {
            Definition = definition;
        }

        public AgentDefinition Definition { get; }

        public bool Equals(AgentModel? other) => other != null && Definition.Equals((object)other.Definition);

        public override bool Equals(object? obj) => Equals(obj as AgentModel);

        public override int GetHashCode() => Definition.GetHashCode();
    }
}
