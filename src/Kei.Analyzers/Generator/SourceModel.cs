using System;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// One emitted source (hint name and text), or the diagnostic that says why it could not be emitted. Equatable, so
    /// an agent whose emitted text did not change is not added again.
    /// </summary>
    public sealed class SourceModel : IEquatable<SourceModel>
    {
        private SourceModel(string hintName, string text, DiagnosticModel? failure)
        {
            HintName = hintName;
            Text = text;
            Failure = failure;
        }

        public string HintName { get; }

        public string Text { get; }

        /// <summary>Set when emitting threw; the source is then not added.</summary>
        public DiagnosticModel? Failure { get; }

        /// <summary>Nothing to add (e.g. a catalog of no agents).</summary>
        public static SourceModel None { get; } = new SourceModel(string.Empty, string.Empty, null);

        public bool IsEmpty => HintName.Length == 0;

        public static SourceModel Emitted(string hintName, string text) => new SourceModel(hintName, text, null);

        public static SourceModel Failed(DiagnosticModel failure) => new SourceModel(string.Empty, string.Empty, failure);

        public bool Equals(SourceModel? other)
            => other != null && HintName == other.HintName && Text == other.Text && Equals(Failure, other.Failure);

        public override bool Equals(object? obj) => Equals(obj as SourceModel);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(HintName) ^ Text.Length;
    }
}
