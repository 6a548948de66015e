using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests;

/// <summary>
/// An error stays with the agents whose files have it: the others keep their parameters, documents and findings, and the
/// broken agents report the root error only (no KEI207 on placeholders or overrides that the error left unresolved).
/// </summary>
public sealed class ErrorIsolationTests
{
    private static readonly string[] CostAgents = ["cost-guardian", "modal-runner"];

    /// <summary>The repository's own set with one '}' missing in blocks/cost.md's front matter.</summary>
    private static AgentSet RepositoryWithBrokenCostBlock()
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.RepositoryRoot);
        int cost = files.FindIndex(f => f.Path == "blocks/cost.md");
        string text = files[cost].Text.Replace("auto_below_usd = 5.0", "auto_below_usd = { usd = 5.0", System.StringComparison.Ordinal);
        Assert.NotEqual(files[cost].Text, text);
        files[cost] = new AgentFile(AgentFileKind.Block, files[cost].Path, text);
        return AgentSetLoader.Load(files);
    }

    [Fact]
    public void A_syntax_error_in_a_block_is_its_one_finding_and_breaks_only_the_agents_that_include_it()
    {
        AgentSet set = RepositoryWithBrokenCostBlock();

        AgentDiagnostic root = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI200", "blocks/cost.md"), (root.Id, root.Path));
        Assert.Equal(CostAgents, set.Agents.Where(a => a.HasErrors).Select(a => a.Name));
        Assert.All(set.Agents.Where(a => a.HasErrors), a => Assert.Equal(new[] { root }, a.Diagnostics));
        Assert.All(set.Agents.Where(a => !a.HasErrors), a => Assert.Empty(a.Diagnostics));
    }

    [Fact]
    public void The_valid_agents_keep_their_documents_and_parameters()
    {
        AgentSet broken = RepositoryWithBrokenCostBlock();
        AgentSet intact = AgentFolder.Load(TestPaths.RepositoryRoot);

        foreach (AgentDefinition agent in broken.Agents.Where(a => !CostAgents.Contains(a.Name)))
        {
            Assert.True(intact.TryGetAgent(agent.Name, out AgentDefinition before));
            Assert.Equal(before, agent);
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "_generated", agent.Name + ".md")).Replace("\r\n", "\n"), agent.Markdown);
            Assert.True(broken.TryGetValidAgent(agent.Name, out _));
        }

        Assert.False(broken.TryGetValidAgent("modal-runner", out _));
        Assert.Equal(new[] { "code-implementer.md", "infra-implementer.md", "ml-implementer.md" }, AgentDocuments.Render(broken).Select(d => d.FileName));
        Assert.Equal(new[] { "cost-guardian.md", "index.md", "modal-runner.md" }, AgentDocuments.Unrendered(broken));
    }

    [Fact]
    public void Every_target_holds_the_broken_agents_files_and_the_files_listing_every_agent()
    {
        AgentSet broken = RepositoryWithBrokenCostBlock();
        Targets.TargetSelection all = Targets.TargetSelection.Parse("all");

        List<string> rendered = Targets.TargetRendering.Render(broken, all).Select(o => o.Target.Name + ":" + o.Path).ToList();
        List<string> held = Targets.TargetRendering.Held(broken, all.Targets).Select(o => o.Target.Name + ":" + o.Path).ToList();

        Assert.Contains("claude:.claude/agents/code-implementer.md", rendered);
        Assert.Contains("claude:.claude/agents/modal-runner.md", held);
        Assert.Contains("cursor:.cursor/rules/cost-guardian.mdc", held);
        Assert.Contains("generated:index.md", held);
        Assert.Contains("agents-md:AGENTS.md", held);
        Assert.DoesNotContain(rendered, path => held.Contains(path));
        Assert.DoesNotContain(rendered, path => path.Contains("modal-runner", System.StringComparison.Ordinal) || path.EndsWith("AGENTS.md", System.StringComparison.Ordinal));
        Assert.Empty(Targets.TargetRendering.Held(AgentFolder.Load(TestPaths.RepositoryRoot), all.Targets));
    }

    [Fact]
    public void A_missing_block_is_reported_without_follow_ons_for_its_parameters()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("user", "Functions within {{max_function_lines}} lines.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\", \"user\"", "[params]\nmax_function_lines = 40\n"))
            .Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI203", "manifests/a.toml"), (d.Id, d.Path));
    }

    [Fact]
    public void An_error_in_a_block_no_agent_includes_is_reported_and_breaks_no_agent()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("unused", "+++\nparams = { max_file_lines = 0 }\n+++\nBody\n")
            .Manifest("a", SetBuilder.Manifest("a")).Load();

        Assert.Equal("KEI207", Assert.Single(set.Diagnostics).Id);
        Assert.False(set.Agents.Single().HasErrors);
        Assert.Empty(set.Agents.Single().Diagnostics);
    }

    [Fact]
    public void A_layout_error_breaks_every_agent_because_every_document_uses_the_layout()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Layout("report_head = 5\n")
            .Manifest("a", SetBuilder.Manifest("a")).Manifest("b", SetBuilder.Manifest("b")).Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.All(set.Agents, a => Assert.Equal(new[] { d }, a.Diagnostics));
    }

    [Fact]
    public void A_warning_in_a_shared_block_belongs_to_each_agent_that_includes_it()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("shared", "+++\nenforces = [\"KEI999\"]\n+++\nBody\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"shared\"")).Manifest("b", SetBuilder.Manifest("b", ", \"shared\"")).Manifest("c", SetBuilder.Manifest("c"))
            .Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(RuleSeverity.Warning, d.Severity);
        Assert.Equal(new[] { 1, 1, 0 }, set.Agents.Select(a => a.Diagnostics.Count));
        Assert.All(set.Agents, a => Assert.False(a.HasErrors));
    }
}
