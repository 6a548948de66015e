using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>_generated/index.md: the agent table and the Mermaid handoff graph.</summary>
public sealed class IndexTests
{
    private static string Index(AgentSet set) => AgentDocuments.Render(set).Single(d => d.FileName == "index.md").Text;

    [Fact]
    public void Lists_every_agent_and_draws_edges_between_agents_of_the_set()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Manifest("a", SetBuilder.Manifest("a", tail: "[[handoff]]\ntarget = \"b\"\ntrigger = \"t\"\n[[handoff]]\ntarget = \"ghost\"\ntrigger = \"t\"\n"))
            .Manifest("b", SetBuilder.Manifest("b").Replace("description = \"Agent b\"", "description = \"pipes | here\""))
            .Manifest("end", SetBuilder.Manifest("end", tail: "colour = \"x\"\n"))
            .Load();

        string index = Index(set);

        Assert.Contains("| [b](b.md) | m | pipes \\| here | baseline, evidence-grading, memory-protocol |\n", index);
        Assert.Contains("```mermaid\ngraph LR\n    agent_a[\"a\"]\n    agent_b[\"b\"]\n    agent_end[\"end\"]\n    agent_a --> agent_b\n```\n", index);
        Assert.Equal(new[] { "a.md", "b.md", "end.md", "index.md" }, AgentDocuments.Render(set).Select(d => d.FileName));
    }

    [Fact]
    public void While_an_agent_is_broken_the_valid_documents_are_rendered_and_the_index_waits()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Manifest("a", SetBuilder.Manifest("a"))
            .Manifest("broken", "name = \"broken\"\n")
            .Load();

        Assert.Equal(new[] { "a.md" }, AgentDocuments.Render(set).Select(d => d.FileName));
        Assert.Equal(new[] { "broken.md", "index.md" }, AgentDocuments.Unrendered(set));
    }
}
