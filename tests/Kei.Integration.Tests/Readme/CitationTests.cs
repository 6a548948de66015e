using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Readme;

/// <summary>
/// Docs, messages and comments name only files users have (in the repository or in a package): never the design
/// documents the project was built from, which are in neither.
/// </summary>
public sealed class CitationTests
{
    /// <summary>File names of the design documents, and the ways of referring to them as a whole.</summary>
    private static readonly Regex DesignCitation = new(
        @"(?<![\w/.-])(rules|quality|agent-files|architecture)\.md\b|\bthe (design )?spec\b|\bdesign spec(ification)?\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly string[] TextExtensions = [".cs", ".md", ".csproj", ".props", ".targets", ".toml", ".json", ".sh", ".txt", ".py", ""];

    [Fact]
    public void No_doc_message_or_comment_names_a_design_document()
    {
        var files = new List<string> { "README.md", "tests/README.md" };
        foreach (string folder in new[] { "src", "docs", "samples", "build", "schemas", "benchmarks", ".ci", "scripts" })
        {
            files.AddRange(TextFilesUnder(Path.Combine(RepoPaths.Root, folder)).Select(Relative));
        }

        string[] citations = files
            .SelectMany(f => File.ReadAllLines(Path.Combine(RepoPaths.Root, f)).Select((line, index) => (File: f, Line: line, Number: index + 1)))
            .Where(l => DesignCitation.IsMatch(l.Line))
            .Select(l => l.File + ":" + l.Number + ": " + l.Line.Trim()).ToArray();

        Assert.True(files.Count > 100, "expected the sources and docs to check, found " + files.Count + " files");
        Assert.True(citations.Length == 0, "these name a file users do not have:\n" + string.Join("\n", citations));
    }

    [Theory]
    [InlineData("prices from the defaults of rules.md", true)]
    [InlineData("/// <summary>Parameter defaults of quality.md.</summary>", true)]
    [InlineData("see agent-files.md's layout", true)]
    [InlineData("as the spec says", true)]
    [InlineData("the design spec (`quality.md`)", true)]
    [InlineData("[docs/runtime.md](docs/runtime.md) has the rest", false)]
    [InlineData("docs/rules/KEI209.md: when the price table is stale", false)]
    [InlineData("the agent's specification of its tools", false)]
    public void The_check_tells_a_design_citation_from_a_file_users_have(string line, bool flagged)
        => Assert.Equal(flagged, DesignCitation.IsMatch(line));

    private static IEnumerable<string> TextFilesUnder(string folder)
        => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "BenchmarkDotNet.Artifacts"));

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');
}
