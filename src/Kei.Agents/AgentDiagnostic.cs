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

        /// <summary>KEI210, produced by hosts in check mode: a committed file differs from a fresh render.</summary>
        /// <param name="fixCommand">the one command that brings the tree up to date in this host</param>
        public static AgentDiagnostic StaleDocument(string path, string detail, string fixCommand)
            => new AgentDiagnostic("KEI210", RuleSeverity.Error, "agent document is stale: " + detail + "; run '" + fixCommand + "' and commit the result", path, 1, 1, 0);

        /// <summary>KEI215, produced by hosts: a file at a target path that a person wrote (no generated marker) is left alone.</summary>
        public static AgentDiagnostic HandWrittenTargetFile(string path, string target)
            => new AgentDiagnostic(
                "KEI215", RuleSeverity.Warning,
                path + " is where target '" + target + "' writes, but it has no generated marker, so it was written by hand and is left as is; "
                + "rename or delete it to have it generated, or leave the agent out of '" + target + "' with [targets] skip in its manifest",
                path, 1, 1, 0);

        /// <summary>KEI215 as an error: a target name (KeiAgentTargets, --target) that names no target; nothing is written.</summary>
        public static AgentDiagnostic UnknownTarget(string path, string name, string known)
            => new AgentDiagnostic("KEI215", RuleSeverity.Error, "unknown agent target '" + name + "'; known targets: " + known + " (or 'all')", path, 1, 1, 0);

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
