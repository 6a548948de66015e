using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests;

/// <summary>KEI202 and KEI207 name the closest known key or parameter; typos never become generated code.</summary>
public sealed class TypoTests
{
    private static AgentSet Load(string tail, string extraBlocks = "", SetBuilder? builder = null)
        => (builder ?? SetBuilder.WithObligatoryBlocks()).Manifest("a", SetBuilder.Manifest("a", extraBlocks, tail)).Load();

    [Fact]
    public void An_unknown_table_at_the_manifest_root_is_an_error_that_names_params_and_generates_nothing()
    {
        SetBuilder limits = SetBuilder.WithObligatoryBlocks().Block("limits", "+++\nparams = { max_function_lines = 30 }\n+++\nWithin {{max_function_lines}}.\n");
        AgentSet set = Load("[parms]\nmax_function_lines = 40\n", ", \"limits\"", limits);

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI202", RuleSeverity.Error, 7, 2), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Equal("unknown table 'parms' in a manifest: nothing under it is read; did you mean 'params'?", d.Message);
        Assert.True(set.Agents.Single().HasErrors);
        Assert.Empty(AgentDocuments.Render(set));
    }

    [Fact]
    public void An_unknown_array_of_tables_at_the_root_is_an_error_too()
    {
        AgentDiagnostic d = Assert.Single(Load("[[handof]]\ntarget = \"a\"\ntrigger = \"t\"\n").Diagnostics);

        Assert.Equal(("KEI202", RuleSeverity.Error), (d.Id, d.Severity));
        Assert.Contains("did you mean 'handoff'?", d.Message);
    }

    [Fact]
    public void An_unknown_table_in_block_front_matter_is_an_error_on_the_block()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("x", "+++\n[parms]\nmax_file_lines = 100\n+++\nBody\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"x\"")).Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("blocks/x.md", 2, RuleSeverity.Error), (d.Path, d.Line, d.Severity));
        Assert.Contains("did you mean 'params'?", d.Message);
    }

    [Theory]
    [InlineData("forbiden_domain = [\"x\"]\n", "unknown key 'forbiden_domain' in a manifest; did you mean 'forbidden_domain'?")]
    [InlineData("tols = [\"Read\"]\n", "unknown key 'tols' in a manifest; did you mean 'tools'?")]
    [InlineData("colour = \"blue\"\n", "unknown key 'colour' in a manifest")]
    public void An_unknown_key_is_a_warning_that_names_the_closest_key_when_one_is_close(string tail, string message)
    {
        AgentSet set = Load(tail);

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI202", RuleSeverity.Warning, message), (d.Id, d.Severity, d.Message));
        Assert.False(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void An_unknown_key_inside_a_known_table_stays_a_warning_with_a_suggestion()
    {
        AgentDiagnostic d = Assert.Single(Load("[[handoff]]\ntarget = \"a\"\ntriger = \"t\"\ntrigger = \"t\"\n").Diagnostics);

        Assert.Equal(("KEI202", RuleSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal("unknown key 'triger' in [[handoff]]; did you mean 'trigger'?", d.Message);
    }

    [Fact]
    public void A_missing_block_and_an_unknown_handoff_target_name_the_closest_too()
    {
        SetBuilder builder = SetBuilder.WithObligatoryBlocks().Block("size-limits", "Small.\n").Manifest("coder", SetBuilder.Manifest("coder"));
        AgentSet set = Load("[[handoff]]\ntarget = \"codr\"\ntrigger = \"t\"\n", ", \"size-limit\"", builder);

        Assert.EndsWith("did you mean 'size-limits'?", SetBuilder.Single(set, "KEI203").Message);
        Assert.EndsWith("did you mean 'coder'?", SetBuilder.Single(set, "KEI205").Message);
    }
}
