using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kei.Agents.Import;
using Kei.Agents.Targets;

namespace Kei.Agents.Tests;

/// <summary>
/// <c>kei import</c>'s core: the agent files a team has become manifests and blocks that render back to the same text
/// (word similarity, see <see cref="WordSimilarity"/>, at least 0.98 on the repository's own generated files).
/// </summary>
public sealed class ImportRoundTripTests
{
    private const double Required = 0.98;

    private readonly ITestOutputHelper output;

    public ImportRoundTripTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    /// <summary>The imported files loaded as a set: no diagnostic but KEI205 for a handoff to an agent not imported.</summary>
    private static AgentSet LoadImported(ImportResult result)
    {
        List<AgentFile> files = result.Files.Select(f => new AgentFile(Kind(f.FileName), f.FileName, f.Text)).ToList();
        AgentSet set = AgentSetLoader.Load(files);
        Assert.True(set.Diagnostics.All(d => d.Id == "KEI205"), string.Join("\n", set.Diagnostics));
        return set;
    }

    private static AgentFileKind Kind(string path)
        => path.StartsWith("manifests/") ? AgentFileKind.Manifest : path.EndsWith("_layout.toml") ? AgentFileKind.Layout : AgentFileKind.Block;

    private void AssertSimilar(string original, string rendered, string what)
    {
        double similarity = WordSimilarity.Of(original, rendered);
        output.WriteLine(what + ": word similarity " + similarity.ToString("0.0000"));
        Assert.True(similarity >= Required, what + ": word similarity " + similarity + " is below " + Required);
    }

    [Fact]
    public void The_repositorys_claude_code_subagents_import_and_render_back()
    {
        string folder = Path.Combine(TestPaths.RepositoryRoot, ".claude", "agents");
        List<ImportSource> sources = Directory.GetFiles(folder, "*.md").OrderBy(f => f).Select(f => new ImportSource(".claude/agents/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Assert.True(sources.Count >= 5, "expected the repository's committed subagents in " + folder);

        AgentSet imported = LoadImported(AgentImporter.Import(sources));
        IReadOnlyList<TargetOutput> rendered = TargetRendering.Render(imported, TargetSelection.Parse("claude"));

        Assert.Equal(sources.Select(s => s.Path), rendered.Select(r => r.Path));
        foreach (ImportSource source in sources)
        {
            AssertSimilar(source.Text, rendered.Single(r => r.Path == source.Path).Text, source.Path);
        }
    }

    [Fact]
    public void The_repositorys_agents_md_imports_and_renders_back()
    {
        AgentSet repository = AgentFolder.Load(TestPaths.RepositoryRoot);
        string agentsMd = TargetRendering.Render(repository, TargetSelection.Parse("agents-md")).Single().Text;

        ImportResult result = AgentImporter.Import([new ImportSource("AGENTS.md", agentsMd)]);
        string rendered = TargetRendering.Render(LoadImported(result), TargetSelection.Parse("agents-md")).Single().Text;

        Assert.Equal(repository.Agents.Select(a => a.Name), result.Agents);
        AssertSimilar(agentsMd, rendered, "AGENTS.md");
    }

    [Fact]
    public void Imported_agents_keep_the_enforced_numbers_as_parameters()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "_generated", "ml-implementer.md"));

        AgentDefinition agent = LoadImported(AgentImporter.Import([new ImportSource("_generated/ml-implementer.md", text)])).Agents.Single();

        Assert.True(agent.Params.TryGetNumber("checkpoint_every_steps", out double every));
        Assert.Equal(250, every);
        Assert.Contains("KEI005", agent.EnforcedRules);
    }

    [Fact]
    public void A_hand_written_subagent_imports_with_its_sections_as_blocks()
    {
        const string Text = "---\nname: Code Reviewer\ndescription: 'Reviews diffs: correctness first'\ntools:\n  - Read\n  - Grep\nmodel: sonnet\n---\n"
            + "You review code. Say {{who}} wrote it.\n\n## Checklist\n\n- Tests?\n\n```md\n## not a heading\n```\n\n## Tone\n\nBe kind.\n";

        ImportResult result = AgentImporter.Import([new ImportSource(".claude/agents/reviewer.md", Text)]);
        AgentDefinition agent = LoadImported(result).Agents.Single();

        Assert.Equal("code-reviewer", agent.Name);
        Assert.Equal("Reviews diffs: correctness first", agent.Description);
        Assert.Equal(["Read", "Grep"], agent.Tools);
        Assert.Equal("You review code. Say {{who}} wrote it.", agent.Role);
        Assert.Equal(["checklist", "tone"], agent.Blocks);
        Assert.EndsWith("## ROLE\n\nYou review code. Say {{who}} wrote it.\n\n## Checklist\n\n- Tests?\n\n```md\n## not a heading\n```\n\n## Tone\n\nBe kind.\n", agent.Markdown);
    }

    [Fact]
    public void A_block_with_text_that_looks_like_a_placeholder_keeps_it()
    {
        const string Text = "---\nname: a\ndescription: d\n---\n\n## ROLE\n\nR.\n\n## TEMPLATES\n\nWrite {{name}} and {{gpu.h100}} as they are.\n";

        AgentDefinition agent = LoadImported(AgentImporter.Import([new ImportSource("a.md", Text)])).Agents.Single();

        Assert.Contains("## TEMPLATES\n\nWrite {{name}} and {{gpu.h100}} as they are.", agent.Markdown);
    }

    [Fact]
    public void A_hand_written_claude_md_becomes_one_agent_named_after_the_file()
    {
        const string Text = "# Project\n\nBuild with make.\n\n## Style\n\nTabs.\n";

        ImportResult result = AgentImporter.Import([new ImportSource("CLAUDE.md", Text)]);
        AgentDefinition agent = LoadImported(result).Agents.Single();

        Assert.Equal("claude", agent.Name);
        Assert.Equal("Imported from CLAUDE.md", agent.Description);
        Assert.Equal("# Project\n\nBuild with make.", agent.Role);
        Assert.Contains("manifests/claude.toml", result.Files.Select(f => f.FileName));
        Assert.Contains("blocks/style.md", result.Files.Select(f => f.FileName));
    }

    [Fact]
    public void The_same_agent_twice_is_imported_once_with_a_note()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "_generated", "cost-guardian.md"));

        ImportResult result = AgentImporter.Import([new ImportSource("x/cost-guardian.md", text), new ImportSource("y/cost-guardian.md", text)]);

        Assert.Equal(["cost-guardian"], result.Agents);
        Assert.Equal(["y/cost-guardian.md: agent 'cost-guardian' is imported already; this one is skipped"], result.Notes);
    }

    [Fact]
    public void The_documents_folder_imports_without_its_index()
    {
        string folder = Path.Combine(TestPaths.RepositoryRoot, "_generated");
        List<ImportSource> sources = Directory.GetFiles(folder, "*.md").Order().Select(f => new ImportSource("_generated/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();

        ImportResult result = AgentImporter.Import(sources);

        Assert.Equal(["code-implementer", "cost-guardian", "infra-implementer", "ml-implementer", "modal-runner"], result.Agents);
        Assert.Equal(["_generated/index.md: holds no agent (an index of agents); skipped"], result.Notes);
        IReadOnlyList<TargetOutput> rendered = TargetRendering.Render(LoadImported(result), TargetSelection.Parse("generated"));
        Assert.All(sources.Where(s => s.Path != "_generated/index.md"), s => AssertSimilar(s.Text, rendered.Single(r => "_generated/" + r.Path == s.Path).Text, s.Path));
    }

    [Theory]
    [InlineData("a b c", "a b c", 1.0)]
    [InlineData("a b c d", "a b x d", 0.75)]
    [InlineData("a b", "b a", 0.5)]
    [InlineData("", "", 1.0)]
    [InlineData("a", "", 0.0)]
    public void Word_similarity_is_the_longest_common_word_sequence_over_both_lengths(string left, string right, double expected)
    {
        Assert.Equal(expected, WordSimilarity.Of(left, right), 6);
    }
}
