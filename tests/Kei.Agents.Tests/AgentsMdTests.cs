using System.Linq;
using Kei.Agents.Targets;

namespace Kei.Agents.Tests;

/// <summary>AGENTS.md: one file for every agent, the rules they share once, one section per agent.</summary>
public sealed class AgentsMdTests
{
    private static string Render(AgentSet set)
        => Assert.Single(TargetRendering.Render(set, TargetSelection.Parse("agents-md"))).Text;

    private static SetBuilder TwoAgents()
        => SetBuilder.WithObligatoryBlocks()
            .Block("only-b", "## ONLY B\n\nJust for b.\n")
            .Manifest("a", SetBuilder.Manifest("a"))
            .Manifest("b", SetBuilder.Manifest("b", ", \"only-b\"").Replace("tools = [\"Read\"]", "tools = [\"Read\", \"Bash\"]"));

    [Fact]
    public void Shared_rules_come_once_and_each_agent_has_its_own_section()
    {
        string text = Render(TwoAgents().Load());

        Assert.StartsWith("<!-- Generated from manifests/a.toml, manifests/b.toml and blocks/. Edit those, not this file. -->\n\n# Agents\n", text);
        Assert.Contains("- [a](#agent-a) \u2014 Agent a\n- [b](#agent-b) \u2014 Agent b\n", text);
        Assert.Contains("# Shared rules\n\nEvery agent below follows these rules.\n\n## BASELINE\n\nBase.\n\n## EVIDENCE\n\nGrade.\n\n## MEMORY\n\nRemember.\n\n# Agent: a\n", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "## BASELINE"));
        Assert.Contains("# Agent: a\n\nAgent a\n\n- tools: Read\n- model: m\n\n## ROLE\n\nDoes things.\n\n## OUTPUT FORMAT", text);
        Assert.Contains("# Agent: b\n\nAgent b\n\n- tools: Read, Bash\n- model: m\n\n## ROLE\n\nDoes things.\n\n## ONLY B\n\nJust for b.\n\n## OUTPUT FORMAT", text);
        Assert.EndsWith("```\n", text);
    }

    [Fact]
    public void A_block_with_different_numbers_per_agent_is_not_shared()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("limits", "+++\nparams = { max_function_lines = 30 }\n+++\n## LIMITS\n\nUnder {{max_function_lines}} lines.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\""))
            .Manifest("b", SetBuilder.Manifest("b", ", \"limits\"", "[params]\nmax_function_lines = 40\n"))
            .Load();

        string text = Render(set);

        Assert.DoesNotContain("# Shared rules\n\nEvery agent below follows these rules.\n\n## BASELINE\n\nBase.\n\n## EVIDENCE\n\nGrade.\n\n## MEMORY\n\nRemember.\n\n## LIMITS", text);
        Assert.Contains("## LIMITS\n\nUnder 30 lines.", text);
        Assert.Contains("## LIMITS\n\nUnder 40 lines.", text);
    }

    [Fact]
    public void One_agent_needs_no_shared_section()
    {
        string text = Render(SetBuilder.WithObligatoryBlocks().Manifest("a", SetBuilder.Manifest("a")).Load());

        Assert.DoesNotContain("# Shared rules", text);
        Assert.Contains("# Agent: a\n\nAgent a\n\n- tools: Read\n- model: m\n\n## ROLE\n\nDoes things.\n\n## BASELINE\n\nBase.", text);
    }

    [Fact]
    public void No_agent_means_no_file()
    {
        Assert.Empty(TargetRendering.Render(new AgentSet([], []), TargetSelection.Parse("agents-md")));
    }

    [Theory]
    [InlineData("---\nname: a\n---\n\n<!-- Generated from manifests/a.toml and blocks/. Edit those, not this file. -->\n\n## ROLE\n", true)]
    [InlineData("<!-- Generated from manifests/a.toml and blocks/. Edit those, not this file. -->\n\n## ROLE\n", true)]
    [InlineData("\uFEFF<!-- Generated from manifests/ and blocks/. Edit those, not this file. -->\r\n", true)]
    [InlineData("---\r\nname: a\r\n---\r\n\r\n<!-- Generated from manifests/a.toml and blocks/. -->\r\n", true)]
    [InlineData("---\nname: a\n---\n\nHand-written agent.\n", false)]
    [InlineData("Notes: text like <!-- Generated from manifests/ inside a line does not count\n", false)]
    [InlineData("", false)]
    public void Generated_files_are_recognised_by_their_marker_line(string text, bool generated)
    {
        Assert.Equal(generated, GeneratedMarker.IsPresent(text));
    }

    [Fact]
    public void A_marker_far_below_the_front_matter_is_not_one()
    {
        string text = "---\nname: a\n---\n\n" + new string('x', 5000) + "\n" + GeneratedMarker.ForAgent("a") + "\n";

        Assert.False(GeneratedMarker.IsPresent(text));
    }

    [Fact]
    public void Every_target_file_of_a_real_set_carries_the_marker()
    {
        AgentSet set = AgentFolder.Load(TestPaths.RepositoryRoot);

        var outputs = TargetRendering.Render(set, TargetSelection.Parse("all"));

        Assert.Equal(5 * 7 + 2, outputs.Count);
        Assert.All(outputs, o => Assert.True(GeneratedMarker.IsPresent(o.Text), o.ToString()));
        Assert.All(outputs.Where(o => o.Path != "index.md" && o.Path != "AGENTS.md"), o => Assert.Contains(GeneratedMarker.ForAgent(o.Path.Split('/').Last().Split('.')[0]), o.Text));
    }
}
