using System;
using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// What a manifest says about its agent, as read (role text trimmed, references already merged with the blocks'
    /// ones and path aliases rewritten). Filled by the loader; compared by value.
    /// </summary>
    public sealed class AgentContent : IEquatable<AgentContent>
    {
        private static readonly IReadOnlyList<string> None = Array.Empty<string>();

        public string Description { get; internal set; } = string.Empty;

        public IReadOnlyList<string> Tools { get; internal set; } = None;

        public string Model { get; internal set; } = string.Empty;

        /// <summary>The substrate role, or null when the manifest names none.</summary>
        public string? SubstrateRole { get; internal set; }

        public string Role { get; internal set; } = string.Empty;

        public IReadOnlyList<string> Blocks { get; internal set; } = None;

        public IReadOnlyList<string> DomainIn { get; internal set; } = None;

        public IReadOnlyList<string> ForbiddenDomain { get; internal set; } = None;

        public IReadOnlyList<string> OutputExtraFields { get; internal set; } = None;

        public IReadOnlyList<AgentHandoff> Handoffs { get; internal set; } = Array.Empty<AgentHandoff>();

        /// <summary>Every REFERENCES entry of the document: the blocks' ones, then <c>[references] extra</c>.</summary>
        public IReadOnlyList<string> References { get; internal set; } = None;

        public IReadOnlyList<KeyValuePair<string, string>> Taxonomy { get; internal set; } = Array.Empty<KeyValuePair<string, string>>();

        public IReadOnlyList<KeyValuePair<string, string>> Lineage { get; internal set; } = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The <c>[targets]</c> table: agent tools to leave this agent out of, and the paths its rules apply to.</summary>
        public AgentTargetOptions Targets { get; internal set; } = AgentTargetOptions.None;

        public bool Equals(AgentContent? other)
            => other != null
               && Description == other.Description && Model == other.Model && SubstrateRole == other.SubstrateRole && Role == other.Role
               && EquatableLists.Equal(Tools, other.Tools) && EquatableLists.Equal(Blocks, other.Blocks)
               && EquatableLists.Equal(DomainIn, other.DomainIn) && EquatableLists.Equal(ForbiddenDomain, other.ForbiddenDomain)
               && EquatableLists.Equal(OutputExtraFields, other.OutputExtraFields) && EquatableLists.Equal(Handoffs, other.Handoffs)
               && EquatableLists.Equal(References, other.References) && EquatableLists.Equal(Taxonomy, other.Taxonomy)
               && EquatableLists.Equal(Lineage, other.Lineage) && Targets.Equals(other.Targets);

        public override bool Equals(object? obj) => Equals(obj as AgentContent);

        public override int GetHashCode()
            => unchecked((StringComparer.Ordinal.GetHashCode(Description) * 397) ^ StringComparer.Ordinal.GetHashCode(Role)
                         ^ (EquatableLists.Hash(Blocks) * 31) ^ EquatableLists.Hash(Handoffs));
    }
}
