using System;

namespace Kei.Agents
{
    /// <summary>
    /// One section of an agent's assembled document, as every target writes it: a block's body (with the block's key)
    /// or a section of the layout (ROLE, DOMAIN SCOPE, OUTPUT FORMAT, ...). Compared by value.
    /// </summary>
    public sealed class DocumentSection : IEquatable<DocumentSection>
    {
        public DocumentSection(string? block, string text)
        {
            Block = block;
            Text = text;
        }

        /// <summary>The block whose body this is (<c>baseline</c>, <c>substrate/edit-local</c>); null for a layout section.</summary>
        public string? Block { get; }

        /// <summary>The section's Markdown, from its heading to its last line (no trailing newline).</summary>
        public string Text { get; }

        public bool Equals(DocumentSection? other)
            => other != null && string.Equals(Block, other.Block, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as DocumentSection);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
    }
}
