using System;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests;

/// <summary>Every KEI2xx the core reports, with its severity and exact file, line and column.</summary>
public sealed class DiagnosticLocationTests
{
    private static AgentSet LoadWith(string manifest, string stem = "a")
        => SetBuilder.WithObligatoryBlocks().Manifest(stem, manifest).Load();

    private static void AssertAt(AgentDiagnostic d, string path, int line, int column, RuleSeverity severity)
    {
        Assert.Equal(path, d.Path);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal(severity, d.Severity);
    }

    [Fact]
    public void KEI200_manifest_syntax_error_at_the_readers_position()
    {
        AgentSet set = LoadWith("name = \"a\"\ndescription \"D\"\n");

        AssertAt(SetBuilder.Single(set, "KEI200"), "manifests/a.toml", 2, 13, RuleSeverity.Error);
        Assert.True(set.Agents.Single().HasErrors);
        Assert.Empty(AgentDocuments.Render(set));
    }

    [Fact]
    public void KEI200_in_block_front_matter_counts_lines_from_the_top_of_the_md_file()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("x", "+++\nenforces = [\"KEI100\"]\nreport_fields \"oops\"\n+++\nBody\n").Load();

        AssertAt(SetBuilder.Single(set, "KEI200"), "blocks/x.md", 3, 15, RuleSeverity.Error);
    }

    [Fact]
    public void KEI200_for_front_matter_that_is_never_closed()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("x", "+++\nparams = {}\nBody\n").Load();

        AssertAt(SetBuilder.Single(set, "KEI200"), "blocks/x.md", 1, 1, RuleSeverity.Error);
    }

    [Fact]
    public void KEI201_missing_required_key_points_at_line_1_column_1()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a").Replace("model = \"m\"\n", string.Empty));

        AgentDiagnostic d = SetBuilder.Single(set, "KEI201");
        AssertAt(d, "manifests/a.toml", 1, 1, RuleSeverity.Error);
        Assert.Contains("'model'", d.Message);
    }

    [Fact]
    public void KEI201_wrong_type_points_at_the_value()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a").Replace("tools = [\"Read\"]", "tools = \"Read\""));

        AssertAt(SetBuilder.Single(set, "KEI201"), "manifests/a.toml", 3, 9, RuleSeverity.Error);
    }

    [Fact]
    public void KEI201_handoff_without_trigger_points_at_its_header()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "\n[[handoff]]\ntarget = \"a\"\n"));

        AssertAt(SetBuilder.Single(set, "KEI201"), "manifests/a.toml", 8, 1, RuleSeverity.Error);
    }

    [Fact]
    public void KEI201_array_item_of_the_wrong_type()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "domain_in = [\"x\", 42]\n"));

        AssertAt(SetBuilder.Single(set, "KEI201"), "manifests/a.toml", 7, 19, RuleSeverity.Error);
    }

    [Fact]
    public void KEI202_unknown_key_is_a_warning_at_the_key_and_the_agent_still_renders()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "colour = \"red\"\n"));

        AssertAt(SetBuilder.Single(set, "KEI202"), "manifests/a.toml", 7, 1, RuleSeverity.Warning);
        Assert.False(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void KEI202_unknown_key_in_block_front_matter()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("x", "+++\nparams = {}\n  colour = 1\n+++\n").Load();

        AssertAt(SetBuilder.Single(set, "KEI202"), "blocks/x.md", 3, 3, RuleSeverity.Warning);
    }

    [Fact]
    public void KEI203_block_with_no_file_points_at_the_name()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", ", \"nope\""));

        AssertAt(SetBuilder.Single(set, "KEI203"), "manifests/a.toml", 6, 62, RuleSeverity.Error);
    }

    [Fact]
    public void KEI203_substrate_role_with_no_file_points_at_the_role()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "substrate_role = \"cloud\"\n"));

        AssertAt(SetBuilder.Single(set, "KEI203"), "manifests/a.toml", 7, 18, RuleSeverity.Error);
    }

    [Fact]
    public void KEI204_first_block_not_baseline_points_at_the_first_item()
    {
        string manifest = SetBuilder.Manifest("a").Replace("[\"baseline\", \"evidence-grading\"", "[\"evidence-grading\", \"baseline\"");

        AssertAt(SetBuilder.Single(LoadWith(manifest), "KEI204"), "manifests/a.toml", 6, 11, RuleSeverity.Error);
    }

    [Fact]
    public void KEI204_missing_obligatory_block_points_at_the_blocks_key()
    {
        string manifest = SetBuilder.Manifest("a").Replace(", \"memory-protocol\"", string.Empty);

        AgentDiagnostic d = SetBuilder.Single(LoadWith(manifest), "KEI204");
        AssertAt(d, "manifests/a.toml", 6, 1, RuleSeverity.Error);
        Assert.Contains("memory-protocol", d.Message);
    }

    [Fact]
    public void KEI205_unknown_handoff_target_is_a_warning_at_the_target()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "[[handoff]]\ntarget = \"ghost\"\ntrigger = \"t\"\n"));

        AssertAt(SetBuilder.Single(set, "KEI205"), "manifests/a.toml", 8, 10, RuleSeverity.Warning);
        Assert.False(set.Agents.Single().HasErrors);
    }

    [Theory]
    [InlineData("Bad_Name", "Bad_Name")]
    [InlineData("other", "a")]
    [InlineData("double--dash", "double--dash")]
    public void KEI206_name_not_kebab_case_or_not_the_file_name(string name, string stem)
    {
        AgentSet set = LoadWith(SetBuilder.Manifest(name), stem);

        AssertAt(SetBuilder.Single(set, "KEI206"), "manifests/" + stem + ".toml", 1, 8, RuleSeverity.Error);
        Assert.True(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void KEI206_duplicate_name_is_reported_on_the_second_file()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Add(AgentFileKind.Manifest, "manifests/a.toml", SetBuilder.Manifest("a"))
            .Add(AgentFileKind.Manifest, "manifests/team/a.toml", SetBuilder.Manifest("a"))
            .Load();

        AssertAt(SetBuilder.Single(set, "KEI206"), "manifests/team/a.toml", 1, 8, RuleSeverity.Error);
    }

    [Theory]
    [InlineData("a-1b", "a1b")]
    [InlineData("agent-catalog", "zz")]
    public void KEI206_names_that_would_give_the_same_class_name(string first, string second)
    {
        SetBuilder builder = SetBuilder.WithObligatoryBlocks().Manifest(first, SetBuilder.Manifest(first));
        if (second != "zz")
        {
            builder.Manifest(second, SetBuilder.Manifest(second));
        }

        AgentSet set = builder.Load();

        string reported = second == "zz" ? first : second;
        AssertAt(SetBuilder.Single(set, "KEI206"), "manifests/" + reported + ".toml", 1, 8, RuleSeverity.Error);
        Assert.Equal(second == "zz" ? 0 : 1, set.Agents.Count(a => !a.HasErrors));
    }

    [Fact]
    public void KEI208_unknown_rule_is_a_warning_at_the_item_in_the_block_file()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("x", "+++\nenforces = [\"KEI100\", \"KEI999\"]\n+++\nBody\n").Load();

        AssertAt(SetBuilder.Single(set, "KEI208"), "blocks/x.md", 2, 23, RuleSeverity.Warning);
    }

    [Fact]
    public void KEI210_stale_document_helper()
    {
        AgentDiagnostic d = AgentDiagnostic.StaleDocument("_generated/a.md", "line 3 differs", "kei render");

        Assert.Equal("KEI210", d.Id);
        Assert.Equal(RuleSeverity.Error, d.Severity);
        Assert.StartsWith("_generated/a.md(1,1): error KEI210: ", d.Format(d.Path));
        Assert.EndsWith("line 3 differs; run 'kei render' and commit the result", d.Message);
    }

    [Fact]
    public void Diagnostics_format_in_the_compilers_form()
    {
        AgentSet set = LoadWith(SetBuilder.Manifest("a", tail: "colour = \"red\"\n"));

        Assert.Equal("manifests/a.toml(7,1): warning KEI202: unknown key 'colour' in a manifest", set.Diagnostics.Single().ToString());
    }
}
