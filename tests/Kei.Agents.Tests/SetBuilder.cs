using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>Builds small in-memory agent sets: the obligatory blocks plus whatever a test adds.</summary>
internal sealed class SetBuilder
{
    private readonly List<AgentFile> files = new();

    /// <summary>The three obligatory blocks, with bodies and no front matter.</summary>
    public static SetBuilder WithObligatoryBlocks()
        => new SetBuilder()
            .Block("baseline", "## BASELINE\n\nBase.\n")
            .Block("evidence-grading", "## EVIDENCE\n\nGrade.\n")
            .Block("memory-protocol", "## MEMORY\n\nRemember.\n");

    /// <summary>
    /// A valid manifest whose line numbers tests rely on: name on line 1, tools on 3, blocks on 6, <paramref name="tail"/>
    /// from line 7.
    /// </summary>
    public static string Manifest(string name, string extraBlocks = "", string tail = "")
        => "name = \"" + name + "\"\n"
           + "description = \"Agent " + name + "\"\n"
           + "tools = [\"Read\"]\n"
           + "model = \"m\"\n"
           + "role = \"Does things.\"\n"
           + "blocks = [\"baseline\", \"evidence-grading\", \"memory-protocol\"" + extraBlocks + "]\n"
           + tail;

    public SetBuilder Manifest(string fileStem, string text) => Add(AgentFileKind.Manifest, "manifests/" + fileStem + ".toml", text);

    public SetBuilder Block(string name, string text) => Add(AgentFileKind.Block, "blocks/" + name + ".md", text);

    public SetBuilder Layout(string text) => Add(AgentFileKind.Layout, "blocks/_layout.toml", text);

    public SetBuilder Add(AgentFileKind kind, string path, string text)
    {
        files.Add(new AgentFile(kind, path, text));
        return this;
    }

    public IReadOnlyList<AgentFile> Files => files;

    public AgentSet Load(DateTime? today = null) => AgentSetLoader.Load(files, today);

    /// <summary>The one diagnostic with this id (fails when there are none or several).</summary>
    public static AgentDiagnostic Single(AgentSet set, string id)
    {
        AgentDiagnostic[] found = set.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(found.Length == 1, "expected one " + id + ", got: " + string.Join(" | ", set.Diagnostics));
        return found[0];
    }
}
