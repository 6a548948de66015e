using System;

namespace Kei.Agents
{
    /// <summary>
    /// One input: a manifest, a block (<c>blocks/x.md</c>, or a substrate block <c>blocks/substrate/role.md</c>) or the
    /// layout file. <see cref="Path"/> is what diagnostics name (hosts pass absolute or root-relative paths, '/' or '\').
    /// </summary>
    public sealed class AgentFile : IEquatable<AgentFile>
    {
        public AgentFile(AgentFileKind kind, string path, string text)
        {
            Kind = kind;
            Path = path;
            Text = text;
        }

        public AgentFileKind Kind { get; }

        public string Path { get; }

        public string Text { get; }

        public bool Equals(AgentFile? other)
            => other != null && Kind == other.Kind && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as AgentFile);

        public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Path) ^ (Text.Length * 31);
    }
}
