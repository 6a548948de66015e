using System.Collections.Generic;
using Kei.Agents;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>One agent file of a fixture set: kind, root-relative path, text.</summary>
public sealed record AgentFixtureFile(AgentFileKind Kind, string Path, string Text);

/// <summary>
/// Small, valid agent sets for policy tests: the three obligatory blocks (empty bodies) plus a <c>limits</c> block whose
/// front matter declares the parameters under test, and one manifest per agent name.
/// </summary>
public static class AgentFixtures
{
    /// <summary>
    /// A set with one agent. <paramref name="blockParams"/> is the body of the limits block's <c>params</c> inline table
    /// (e.g. <c>max_function_lines = 40</c>); <paramref name="manifestParams"/>, when given, the manifest's <c>[params]</c> lines.
    /// </summary>
    public static IReadOnlyList<AgentFixtureFile> SingleAgent(string agentName, string blockParams, string? manifestParams = null)
    {
        var files = new List<AgentFixtureFile>(ObligatoryBlocks())
        {
            LimitsBlock(blockParams),
            Manifest(agentName, manifestParams),
        };
        return files;
    }

    public static AgentFixtureFile Manifest(string agentName, string? manifestParams = null)
    {
        string text = $$"""
            name = "{{agentName}}"
            description = "Test agent {{agentName}}"
            tools = ["Read", "Edit"]
            model = "sonnet"
            role = "Writes code within limits."
            blocks = ["baseline", "evidence-grading", "memory-protocol", "limits"]

            """;
        if (manifestParams != null)
        {
            text += "\n[params]\n" + manifestParams + "\n";
        }

        return new AgentFixtureFile(AgentFileKind.Manifest, "manifests/" + agentName + ".toml", text);
    }

    public static AgentFixtureFile LimitsBlock(string blockParams)
        => new(AgentFileKind.Block, "blocks/limits.md", $$"""
            +++
            params = { {{blockParams}} }
            enforces = ["KEI100", "KEI101"]
            +++
            ## LIMITS

            Keep files and functions within the limits.

            """);

    public static IEnumerable<AgentFixtureFile> ObligatoryBlocks()
    {
        foreach (string name in new[] { "baseline", "evidence-grading", "memory-protocol" })
        {
            yield return new AgentFixtureFile(AgentFileKind.Block, "blocks/" + name + ".md", "## " + name.ToUpperInvariant() + "\n\nFollow the " + name + " rules.\n");
        }
    }

    /// <summary>Adds the files to a test as AdditionalFiles with their <c>KeiKind</c> metadata.</summary>
    public static KeiTest WithAgentFiles(this KeiTest test, IEnumerable<AgentFixtureFile> files)
    {
        foreach (AgentFixtureFile file in files)
        {
            test.WithAgentFile(file.Kind, file.Path, file.Text);
        }

        return test;
    }
}
