using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Integration.Tests.Infrastructure;
using Kei.Toml;

namespace Kei.Integration.Tests.Schema;

/// <summary>The editor schemas accept the project's own agent files and reject what the loader rejects.</summary>
public sealed class SchemaTests
{
    private readonly TomlSchemaValidator validator = new(Path.Combine(RepoPaths.Root, "schemas"));

    public static IEnumerable<object[]> Manifests()
        => Directory.GetFiles(Path.Combine(RepoPaths.Root, "manifests"), "*.toml").Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> Blocks()
        => Directory.GetFiles(Path.Combine(RepoPaths.Root, "blocks"), "*.md", SearchOption.AllDirectories)
            .Select(f => new object[] { Path.GetRelativePath(Path.Combine(RepoPaths.Root, "blocks"), f) });

    [Theory]
    [MemberData(nameof(Manifests))]
    public void ProjectManifestMatchesSchema(string file)
    {
        TomlTable manifest = TomlReader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "manifests", file)));
        Assert.Empty(validator.Validate(manifest, "manifest.schema.json"));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void ProjectBlockFrontMatterMatchesSchema(string file)
    {
        string? frontMatter = FrontMatter(File.ReadAllText(Path.Combine(RepoPaths.Root, "blocks", file)));
        Assert.Empty(frontMatter is null ? [] : validator.Validate(TomlReader.Parse(frontMatter), "block.schema.json"));
    }

    [Fact]
    public void ProjectHasManifestsToValidate() => Assert.True(Manifests().Count() >= 5, "expected the project's own agent set");

    [Theory]
    [InlineData("colour", "\"blue\"", "$.colour: unknown key (line 7)")]
    [InlineData("tools", "\"dotnet\"", "$.tools: expected array, found string")]
    [InlineData("name", "\"Modal_Runner\"", "$.name: 'Modal_Runner' does not match ^[a-z0-9]+(-[a-z0-9]+)*$")]
    [InlineData("blocks", "[]", "$.blocks: expected at least 1 items, found 0")]
    [InlineData("handoff", "[{ target = \"x\" }]", "$.handoff[0]: missing required key 'trigger'")]
    [InlineData("params", "{ max_file_lines = 200, gpu = { h100 = { usd_per_hour = 3.95 } } }", null)]
    [InlineData("targets", "{ skip = [\"cursor\"], paths = [\"src/**\"] }", null)]
    [InlineData("targets", "{ paths = \"src/**\" }", "$.targets.paths: expected array, found string")]
    public void SchemaFlagsBadManifests(string key, string value, string? expected)
    {
        var keys = new List<(string Key, string Value)>
        {
            ("name", "\"a\""), ("description", "\"d\""), ("tools", "[\"Read\"]"), ("model", "\"m\""), ("role", "\"r\""), ("blocks", "[\"baseline\"]"),
        };
        keys.RemoveAll(k => k.Key == key);
        keys.Add((key, value));
        string text = string.Concat(keys.Select(k => k.Key + " = " + k.Value + "\n"));
        IReadOnlyList<string> errors = validator.Validate(TomlReader.Parse(text), "manifest.schema.json");
        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(expected, errors);
        }
    }

    [Fact]
    public void BlockSchemaRejectsUnknownRuleIdShape()
    {
        IReadOnlyList<string> errors = validator.Validate(TomlReader.Parse("enforces = [\"KEI1\"]\n"), "block.schema.json");
        Assert.Contains("$.enforces[0]: 'KEI1' does not match ^KEI[0-9]{3}$", errors);
    }

    private static string? FrontMatter(string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0] != "+++")
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (string line in lines.Skip(1).TakeWhile(l => l != "+++"))
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
