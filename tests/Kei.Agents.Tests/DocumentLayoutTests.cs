using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>The assembled document: front matter, section order and omission, layout overrides, references.</summary>
public sealed class DocumentLayoutTests
{
    private static AgentDefinition Agent(SetBuilder builder)
    {
        AgentSet set = builder.Load();
        Assert.DoesNotContain(set.Diagnostics, d => d.Severity == Rules.RuleSeverity.Error);
        return set.Agents.Single();
    }

    private static AgentDefinition Agent(string tail, string extraBlocks = "")
        => Agent(SetBuilder.WithObligatoryBlocks().Manifest("a", SetBuilder.Manifest("a", extraBlocks, tail)));

    [Theory]
    [InlineData("Plain words, and more", "Plain words, and more")]
    [InlineData("Key: value", "\"Key: value\"")]
    [InlineData("Ends with colon:", "\"Ends with colon:\"")]
    [InlineData("*starts with star", "\"*starts with star\"")]
    [InlineData("- a dash", "\"- a dash\"")]
    [InlineData("has # comment", "\"has # comment\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("3.5", "\"3.5\"")]
    [InlineData("2026-06-01", "\"2026-06-01\"")]
    [InlineData("12:30", "\"12:30\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("2nd agent", "2nd agent")]
    [InlineData("émigré agent ✓", "émigré agent ✓")]
    [InlineData("say \\\"hi\\\"", "say \"hi\"")]
    [InlineData("\\\"quoted\\\" first", "\"\\\"quoted\\\" first\"")]
    [InlineData("tab\\there", "\"tab\\there\"")]
    public void Description_is_plain_when_valid_yaml_otherwise_double_quoted(string tomlText, string yaml)
    {
        string manifest = SetBuilder.Manifest("a").Replace("description = \"Agent a\"", "description = \"" + tomlText + "\"");
        AgentDefinition agent = Agent(SetBuilder.WithObligatoryBlocks().Manifest("a", manifest));

        Assert.Contains("\ndescription: " + yaml + "\n", agent.Markdown);
    }

    [Fact]
    public void Minimal_agent_has_exactly_the_non_empty_sections_in_order()
    {
        AgentDefinition agent = Agent(string.Empty);

        string expected = "---\nname: a\ndescription: Agent a\ntools: Read\nmodel: m\n---\n\n"
            + "<!-- Generated from manifests/a.toml and blocks/. Edit those, not this file. -->\n\n"
            + "## ROLE\n\nDoes things.\n\n## BASELINE\n\nBase.\n\n## EVIDENCE\n\nGrade.\n\n## MEMORY\n\nRemember.\n\n"
            + "## OUTPUT FORMAT\n\n```\n=== A REPORT ===\nGoal: <one-line>\nScope: <in / out>\nPlan: <N steps>\n"
            + "Executed: <files touched, LOC delta>\nVerify: <each criterion pass/fail>\n"
            + "Handoffs made: <list>\nBlockers / next: <list>\n```\n\n"
            + "After your final report, append:\n\n```\n=== STATUS-TRUTH MARKER ===\nshipped: functional | partial | scaffolding\n"
            + "stubs: <count> with file:line if any\nbehaviour-verified: yes | no | not-applicable\nfollow-up-required:\n  - <bullet list>\n```\n";
        Assert.Equal(expected, agent.Markdown);
    }

    [Fact]
    public void Output_format_is_left_out_when_neither_the_layout_nor_the_agent_gives_it_a_line()
    {
        AgentDefinition empty = Agent(SetBuilder.WithObligatoryBlocks().Layout("report_head = []\nreport_tail = []\n").Manifest("a", SetBuilder.Manifest("a")));
        AgentDefinition one = Agent(SetBuilder.WithObligatoryBlocks().Layout("report_head = []\nreport_tail = []\n")
            .Manifest("a", SetBuilder.Manifest("a", tail: "output_extra_fields = [\"Done: <yes/no>\"]\n")));

        Assert.DoesNotContain("OUTPUT FORMAT", empty.Markdown);
        Assert.Contains("## OUTPUT FORMAT\n\n```\n=== A REPORT ===\nDone: <yes/no>\n```", one.Markdown);
    }

    [Fact]
    public void Domain_scope_handoffs_and_forbidden_sections()
    {
        string tail = "domain_in = [\"x\"]\nforbidden_domain = [\"y\"]\n[[handoff]]\ntarget = \"a\"\ntrigger = \"again\"\n";
        AgentDefinition agent = Agent(tail);

        Assert.Contains("## DOMAIN SCOPE\n\n**In:**\n\n- x\n\n**Out (hand off, see HANDOFFS):** a\n\n## HANDOFFS\n\n- **a** \u2014 again\n\n## OUTPUT FORMAT", agent.Markdown);
        Assert.Contains("```\n\n## FORBIDDEN\n\n- y\n\nAfter your final report", agent.Markdown);
    }

    [Fact]
    public void Path_alias_references_are_rewritten_after_the_blocks_references()
    {
        var builder = new SetBuilder()
            .Block("baseline", "+++\nreferences = [\"path:B/base.md\", \"block ref\"]\n+++\nBase\n")
            .Block("evidence-grading", "E\n").Block("memory-protocol", "M\n")
            .Manifest("a", SetBuilder.Manifest("a", tail: "[references]\nextra = [\"path:SPEC/agent-files.md — contract\", \"path:ROOT\", \"path::X/y\", \"plain\"]\n"));

        AgentDefinition agent = Agent(builder);

        Assert.Equal(new[] { "{path::B}/base.md", "block ref", "{path::SPEC}/agent-files.md — contract", "{path::ROOT}", "path::X/y", "plain" }, agent.References);
        Assert.Contains("## REFERENCES\n\n- {path::B}/base.md\n- block ref\n- {path::SPEC}/agent-files.md — contract\n", agent.Markdown);
    }

    [Fact]
    public void Layout_file_overrides_report_head_tail_status_marker_and_obligatory_blocks()
    {
        string layout = "report_head = [\"Goal: <g>\"]\nreport_tail = [\"Next: <n>\"]\nstatus_marker = [\"done: yes | no\"]\nobligatory_blocks = [\"baseline\"]\n";
        var builder = new SetBuilder().Layout(layout).Block("baseline", "+++\nreport_fields = [\"Base: <b>\"]\n+++\nBase\n")
            .Manifest("a", SetBuilder.Manifest("a").Replace(", \"evidence-grading\", \"memory-protocol\"", string.Empty).Replace("blocks = [\"baseline\"]", "blocks = [\"baseline\"]\noutput_extra_fields = [\"Extra: <e>\"]"));

        AgentDefinition agent = Agent(builder);

        Assert.Contains("```\n=== A REPORT ===\nGoal: <g>\nBase: <b>\nExtra: <e>\nNext: <n>\n```", agent.Markdown);
        Assert.EndsWith("```\n=== STATUS-TRUTH MARKER ===\ndone: yes | no\n```\n", agent.Markdown);
    }

    [Fact]
    public void Layout_with_an_unknown_obligatory_block_reports_KEI204_for_agents_without_it()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Layout("obligatory_blocks = [\"baseline\", \"security\"]\n")
            .Manifest("a", SetBuilder.Manifest("a")).Load();

        Assert.Contains("'security'", SetBuilder.Single(set, "KEI204").Message);
    }

    [Fact]
    public void Substrate_block_follows_role_and_its_status_marker_replaces_the_default()
    {
        var builder = SetBuilder.WithObligatoryBlocks()
            .Block("substrate/edit-local", "+++\nstatus_marker = [\"tree: clean\"]\n+++\n## SUBSTRATE\n\nLocal.\n")
            .Manifest("a", SetBuilder.Manifest("a", tail: "substrate_role = \"edit-local\"\n"));

        AgentDefinition agent = Agent(builder);

        Assert.Contains("## ROLE\n\nDoes things.\n\n## SUBSTRATE\n\nLocal.\n\n## BASELINE", agent.Markdown);
        Assert.EndsWith("=== STATUS-TRUTH MARKER ===\ntree: clean\n```\n", agent.Markdown);
        Assert.Equal("edit-local", agent.SubstrateRole);
    }

    [Fact]
    public void Compile_time_enforcement_lists_rules_in_id_order_with_their_parameters()
    {
        var builder = SetBuilder.WithObligatoryBlocks()
            .Block("limits", "+++\nparams = { max_function_lines = 25 }\nenforces = [\"KEI102\", \"KEI101\", \"KEI003\", \"KEI101\"]\n+++\nLimits\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\""));

        AgentDefinition agent = Agent(builder);

        Assert.Equal(new[] { "KEI003", "KEI101", "KEI102" }, agent.EnforcedRules);
        Assert.Contains("## COMPILE-TIME ENFORCEMENT\n\n"
            + "- **KEI003** \u2014 GPU functions declare bounded retries (min_retries = 1, max_retries = 10)\n"
            + "- **KEI101** \u2014 Functions stay within the line limit (max_function_lines = 25)\n"
            + "- **KEI102** \u2014 One top-level type per file\n", agent.Markdown);
    }

    [Fact]
    public void Role_continuation_lines_and_block_blank_lines_are_trimmed()
    {
        string manifest = SetBuilder.Manifest("a").Replace("role = \"Does things.\"", "role = \"\"\"\nOne \\\n  line.\n\nSecond paragraph.\n\n\"\"\"");
        var builder = new SetBuilder().Block("baseline", "\n\n  \nBase\n\n\n").Block("evidence-grading", "E\n").Block("memory-protocol", "M\n")
            .Manifest("a", manifest);

        AgentDefinition agent = Agent(builder);

        Assert.Contains("## ROLE\n\nOne line.\n\nSecond paragraph.\n\nBase\n\nE\n\nM\n\n## OUTPUT FORMAT", agent.Markdown);
    }

    [Fact]
    public void Crlf_files_and_a_byte_order_mark_give_the_same_document_as_lf_files()
    {
        SetBuilder lf = SetBuilder.WithObligatoryBlocks()
            .Block("x", "+++\nreport_fields = [\"X: <x>\"]\n+++\n## X\n\nLine one.\nLine two.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"x\"", "role_extra_is_unknown = 1\n"));
        SetBuilder crlf = new SetBuilder();
        foreach (AgentFile file in lf.Files)
        {
            crlf.Add(file.Kind, file.Path, "\uFEFF" + file.Text.Replace("\n", "\r\n"));
        }

        AgentSet expected = lf.Load();
        AgentSet actual = crlf.Load();

        Assert.Equal(expected.Agents.Single().Markdown, actual.Agents.Single().Markdown);
        Assert.Equal(expected.Diagnostics.Single().Line, actual.Diagnostics.Single().Line);
    }
}
