using System;

namespace Kei.Agents
{
    /// <summary>One generated output: a file name (no folder) and its full text (LF line endings, one trailing newline).</summary>
    public sealed class GeneratedText : IEquatable<GeneratedText>
    {
        public GeneratedText(string fileName, string text)
        {
            FileName = fileName;
            Text = text;
        }

        public string FileName { get; }

        public string Text { get; }

        public bool Equals(GeneratedText? other)
            => other != null && string.Equals(FileName, other.FileName, StringComparison.Ordinal)
               && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as GeneratedText);

        public override int GetHashCode()
            => (StringComparer.Ordinal.GetHashCode(FileName) * 397) ^ StringComparer.Ordinal.GetHashCode(Text);

        public override string ToString() => FileName;
    }
}
