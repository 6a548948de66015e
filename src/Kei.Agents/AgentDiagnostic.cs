using System;
using Kei.Agents.Rules;

namespace Kei.Agents
{
    /// <summary>A KEI2xx finding on an agent file: id, severity, message, and where (1-based line and column, length).</summary>
    public sealed class AgentDiagnostic : IEquatable<AgentDiagnostic>
    {
        public AgentDiagnostic(string id, RuleSeverity severity, string message, string path, int line, int column, int length)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
            Length = length;
        }

        /// <summary>KEI210, produced by hosts in check mode: a committed document differs from a fresh render.</summary>
        public static AgentDiagnostic StaleDocument(string path, string detail)
            => new AgentDiagnostic("KEI210", RuleSeverity.Error, "agent document is stale: " + detail + "; run 'kei render' or build without check mode and commit the result", path, 1, 1, 0);

        public string Id { get; }

        public RuleSeverity Severity { get; }

        public string Message { get; }

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public int Length { get; }

        /// <summary>The compiler's format: <c>path(line,col): error KEI200: message</c>.</summary>
        public string Format(string displayPath)
            => displayPath + "(" + Line + "," + Column + "): " + SeverityText + " " + Id + ": " + Message;

        public override string ToString() => Format(Path);

        private string SeverityText => Severity == RuleSeverity.Error ? "error" : Severity == RuleSeverity.Warning ? "warning" : "info";

        public bool Equals(AgentDiagnostic? other)
            => other != null && Id == other.Id && Severity == other.Severity && Message == other.Message && Path == other.Path
               && Line == other.Line && Column == other.Column && Length == other.Length;

        public override bool Equals(object? obj) => Equals(obj as AgentDiagnostic);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id + Path) ^ (Line * 397) ^ Column;
    }
}
