using System;
using Kei.Agents.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// A KEI2xx finding reduced to equatable values (no Location or SourceText), so the diagnostics step of the pipeline
    /// can be cached; <see cref="ToLocation"/> rebuilds the location in the TOML/Markdown file when it is reported.
    /// </summary>
    public sealed class DiagnosticModel : IEquatable<DiagnosticModel>
    {
        public DiagnosticModel(string id, RuleSeverity severity, string message, string path, TextSpan span, LinePositionSpan lineSpan)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Path = path;
            Span = span;
            LineSpan = lineSpan;
        }

        public string Id { get; }

        public RuleSeverity Severity { get; }

        public string Message { get; }

        public string Path { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }

        /// <summary>An external-file location: the compiler prints it as <c>path(line,col)</c>.</summary>
        public Location ToLocation() => Location.Create(Path, Span, LineSpan);

        public bool Equals(DiagnosticModel? other)
            => other != null && Id == other.Id && Severity == other.Severity && Message == other.Message
               && Path == other.Path && Span.Equals(other.Span) && LineSpan.Equals(other.LineSpan);

        public override bool Equals(object? obj) => Equals(obj as DiagnosticModel);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id + Path + Message) ^ Span.GetHashCode();
    }
}
