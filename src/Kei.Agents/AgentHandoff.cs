using System;

namespace Kei.Agents
{
    /// <summary>One <c>[[handoff]]</c> of a manifest: the agent to hand off to, and when.</summary>
    public sealed class AgentHandoff : IEquatable<AgentHandoff>
    {
        public AgentHandoff(string target, string trigger)
        {
            Target = target;
            Trigger = trigger;
        }

        public string Target { get; }

        public string Trigger { get; }

        public bool Equals(AgentHandoff? other)
            => other != null && string.Equals(Target, other.Target, StringComparison.Ordinal)
               && string.Equals(Trigger, other.Trigger, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as AgentHandoff);

        public override int GetHashCode()
            => (StringComparer.Ordinal.GetHashCode(Target) * 397) ^ StringComparer.Ordinal.GetHashCode(Trigger);
    }
}
