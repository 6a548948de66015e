using System;
using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// A manifest's <c>[targets]</c> table: the agent tools this agent is not written for (<c>skip</c>), and the files
    /// its rules apply to (<c>paths</c>, globs) for the tools that scope rules by path (Cursor, Cline). Compared by value.
    /// </summary>
    public sealed class AgentTargetOptions : IEquatable<AgentTargetOptions>
    {
        public AgentTargetOptions(IReadOnlyList<string> skip, IReadOnlyList<string> paths)
        {
            Skip = skip;
            Paths = paths;
        }

        public static AgentTargetOptions None { get; } = new AgentTargetOptions(Array.Empty<string>(), Array.Empty<string>());

        /// <summary>Target names (as in <c>KeiAgentTargets</c>) this agent is left out of.</summary>
        public IReadOnlyList<string> Skip { get; }

        /// <summary>Globs of the files the agent's rules apply to; empty when the manifest names none.</summary>
        public IReadOnlyList<string> Paths { get; }

        public bool Skips(string target)
        {
            foreach (string name in Skip)
            {
                if (string.Equals(name, target, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Equals(AgentTargetOptions? other)
            => other != null && EquatableLists.Equal(Skip, other.Skip) && EquatableLists.Equal(Paths, other.Paths);

        public override bool Equals(object? obj) => Equals(obj as AgentTargetOptions);

        public override int GetHashCode() => unchecked((EquatableLists.Hash(Skip) * 397) ^ EquatableLists.Hash(Paths));
    }
}
