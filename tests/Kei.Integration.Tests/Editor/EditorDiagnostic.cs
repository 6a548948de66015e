using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kei.Integration.Tests.Editor;

/// <summary>
/// One diagnostic as an editor shows it: file, id, 0-based LSP range (end exclusive), severity and message. Built from
/// the compiler's SARIF log (1-based lines and columns) and from an LSP <c>Diagnostic</c>, so the two compare exactly.
/// </summary>
public sealed record EditorDiagnostic(string File, string Id, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Severity, string Message)
    : IComparable<EditorDiagnostic>
{
    public static EditorDiagnostic FromSarif(JsonElement result, EditorProject project)
    {
        JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        JsonElement region = location.GetProperty("region");
        int startLine = region.GetProperty("startLine").GetInt32();
        int startColumn = region.GetProperty("startColumn").GetInt32();
        string path = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
        return new EditorDiagnostic(
            project.RelativePath(path),
            result.GetProperty("ruleId").GetString()!,
            startLine - 1,
            startColumn - 1,
            (region.TryGetProperty("endLine", out JsonElement endLine) ? endLine.GetInt32() : startLine) - 1,
            (region.TryGetProperty("endColumn", out JsonElement endColumn) ? endColumn.GetInt32() : startColumn) - 1,
            result.GetProperty("level").GetString() switch { "error" => "error", "warning" => "warning", _ => "info" },
            result.GetProperty("message").GetProperty("text").GetString()!);
    }

    public static EditorDiagnostic FromLsp(JsonNode item, string file)
    {
        JsonNode range = item["range"]!;
        return new EditorDiagnostic(
            file,
            (string)item["code"]!,
            (int)range["start"]!["line"]!,
            (int)range["start"]!["character"]!,
            (int)range["end"]!["line"]!,
            (int)range["end"]!["character"]!,
            (int?)item["severity"] switch { 1 => "error", 2 => "warning", _ => "info" },
            (string)item["message"]!);
    }

    public int CompareTo(EditorDiagnostic? other) => string.CompareOrdinal(ToString(), other?.ToString());

    public override string ToString() => $"{File}({StartLine + 1},{StartCharacter + 1})-({EndLine + 1},{EndCharacter + 1}): {Severity} {Id}: {Message}";
}
