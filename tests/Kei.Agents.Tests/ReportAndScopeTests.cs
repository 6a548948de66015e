using System.Linq;
using System.Text.RegularExpressions;

namespace Kei.Agents.Tests;

/// <summary>
/// The report's evidence line comes from the team's grading block, not from a layout default; DOMAIN SCOPE names the
/// handoff targets and HANDOFFS alone says when, so no trigger is printed twice.
/// </summary>
public sealed class ReportAndScopeTests
{
    [Fact]
    public void A_grading_block_with_three_grades_gets_its_own_line_and_no_E1_E6()
    {
        const string grading = "+++\nreport_fields = [\"Evidence grades: <E1-E3 for each major claim>\"]\n+++\n## EVIDENCE\n\n- **E1** seen\n- **E2** read\n- **E3** guessed\n";
        AgentSet set = new SetBuilder().Block("baseline", "B\n").Block("evidence-grading", grading).Block("memory-protocol", "M\n")
            .Manifest("a", SetBuilder.Manifest("a")).Load();

        string markdown = set.Agents.Single().Markdown;
        Assert.DoesNotContain("E1-E6", markdown);
        Assert.DoesNotContain("E6", markdown);
        Assert.Single(Regex.Matches(markdown, "Evidence grades: "));
        Assert.Contains("Verify: <each criterion pass/fail>\nHandoffs made: <list>\nEvidence grades: <E1-E3 for each major claim>\n", markdown);
    }

    [Fact]
    public void No_document_of_the_repository_prints_a_grade_its_grading_block_does_not_define()
    {
        foreach (AgentDefinition agent in AgentFolder.Load(TestPaths.RepositoryRoot).Agents)
        {
            Assert.Single(Regex.Matches(agent.Markdown, "(?m)^Evidence"));
            Assert.Contains("- **E6**", agent.Markdown);
        }
    }

    [Fact]
    public void Each_trigger_is_printed_once_and_domain_scope_names_each_target_once()
    {
        const string tail = "domain_in = [\"x\"]\n[[handoff]]\ntarget = \"b\"\ntrigger = \"the build breaks\"\n"
                            + "[[handoff]]\ntarget = \"c\"\ntrigger = \"a price is stale\"\n[[handoff]]\ntarget = \"b\"\ntrigger = \"a test fails\"\n";
        AgentSet set = SetBuilder.WithObligatoryBlocks().Manifest("a", SetBuilder.Manifest("a", tail: tail))
            .Manifest("b", SetBuilder.Manifest("b")).Manifest("c", SetBuilder.Manifest("c")).Load();

        string markdown = set.Agents.Single(a => a.Name == "a").Markdown;
        Assert.Contains("**Out (hand off, see HANDOFFS):** b, c\n", markdown);
        foreach (string trigger in new[] { "the build breaks", "a price is stale", "a test fails" })
        {
            Assert.Single(Regex.Matches(markdown, Regex.Escape(trigger)));
        }

        Assert.Contains("## HANDOFFS\n\n- **b** \u2014 the build breaks\n- **c** \u2014 a price is stale\n- **b** \u2014 a test fails\n", markdown);
    }
}
