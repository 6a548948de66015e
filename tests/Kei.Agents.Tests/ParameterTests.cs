using System;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests;

/// <summary>Parameter resolution: block defaults merged, conflicts, manifest overrides, placeholders, price age.</summary>
public sealed class ParameterTests
{
    private const string Limits = "+++\nparams = { max_file_lines = 200, max_function_lines = 30 }\n+++\nFiles {{max_file_lines}}, functions {{max_function_lines}}.\n";

    private static SetBuilder WithLimits() => SetBuilder.WithObligatoryBlocks().Block("limits", Limits);

    [Fact]
    public void Defaults_of_several_blocks_merge_and_equal_defaults_do_not_conflict()
    {
        AgentSet set = WithLimits()
            .Block("more", "+++\nparams = { max_file_lines = 200, retries = 3 }\n+++\nRetries {{retries}}, files {{max_file_lines}}.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\", \"more\""))
            .Load();

        Assert.Empty(set.Diagnostics);
        AgentDefinition agent = set.Agents.Single();
        Assert.Equal(new[] { "max_file_lines", "max_function_lines", "retries" }, agent.Params.TopLevel.Select(p => p.Key));
        Assert.Contains("Files 200, functions 30.", agent.Markdown);
        Assert.Contains("Retries 3, files 200.", agent.Markdown);
    }

    [Fact]
    public void Two_different_defaults_are_an_error_at_the_second_blocks_value()
    {
        AgentSet set = WithLimits()
            .Block("other", "+++\nparams = { max_function_lines = 40 }\n+++\nBody\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\", \"other\""))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Equal(("blocks/other.md", 2, 33, RuleSeverity.Error), (d.Path, d.Line, d.Column, d.Severity));
        Assert.Contains("30 in block 'limits' and 40 in block 'other'", d.Message);
        Assert.True(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void Manifest_override_wins_and_reaches_the_document()
    {
        AgentSet set = WithLimits()
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\"", "[params]\nmax_function_lines = 40\n"))
            .Load();

        Assert.Empty(set.Diagnostics);
        AgentDefinition agent = set.Agents.Single();
        Assert.True(agent.Params.TryGetNumber("max_function_lines", out double lines));
        Assert.Equal(40, lines);
        Assert.Contains("Files 200, functions 40.", agent.Markdown);
    }

    [Fact]
    public void Override_of_an_undeclared_name_is_a_warning_at_the_key_that_names_the_closest_and_is_dropped()
    {
        AgentSet set = WithLimits()
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\"", "[params]\nmax_file_linez = 40\n"))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Equal(("manifests/a.toml", 8, 1, RuleSeverity.Warning), (d.Path, d.Line, d.Column, d.Severity));
        Assert.EndsWith("did you mean 'max_file_lines'?", d.Message);
        AgentDefinition agent = set.Agents.Single();
        Assert.False(agent.HasErrors);
        Assert.False(agent.Params.TryGet("max_file_linez", out _));
        Assert.DoesNotContain("MaxFileLinez", PolicyEmitter.EmitAgent(agent, "Kei.Agents").Text);
        Assert.True(agent.Params.TryGetNumber("max_file_lines", out double lines) && lines == 200);
    }

    [Fact]
    public void A_nested_override_typo_names_the_closest_name_at_its_level()
    {
        const string prices = "+++\n[params.gpu.h100]\nusd_per_hour = 3.95\n+++\nBody\n";
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("prices", prices)
            .Manifest("a", SetBuilder.Manifest("a", ", \"prices\"", "[params.gpu.h100]\nusd_per_hr = 4.5\n"))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Contains("override of parameter 'gpu.h100.usd_per_hr'", d.Message);
        Assert.EndsWith("did you mean 'gpu.h100.usd_per_hour'?", d.Message);
        Assert.True(set.Agents.Single().Params.TryGetNumber("gpu.h100.usd_per_hour", out double price) && price == 3.95);
    }

    [Fact]
    public void A_catalog_parameter_no_included_block_declares_says_so_and_is_dropped()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Manifest("a", SetBuilder.Manifest("a", tail: "[params]\nmax_function_lines = 40\n"))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Contains("only from a block the agent includes", d.Message);
        Assert.False(set.Agents.Single().Params.TryGet("max_function_lines", out _));
    }

    [Fact]
    public void Placeholder_with_no_value_is_an_error_at_its_line_and_column_in_the_block()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("x", "+++\nparams = { a = 1 }\n+++\n\nFirst {{a}}.\nThen {{b}} and {{a}}.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"x\""))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Equal(("blocks/x.md", 6, 6, RuleSeverity.Error), (d.Path, d.Line, d.Column, d.Severity));
        Assert.Contains("{{b}}", d.Message);
        Assert.True(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void A_placeholder_may_use_a_parameter_declared_by_another_block()
    {
        AgentSet set = WithLimits()
            .Block("user", "Uses {{max_function_lines}} from limits.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"limits\", \"user\""))
            .Load();

        Assert.Empty(set.Diagnostics);
        Assert.Contains("Uses 30 from limits.", set.Agents.Single().Markdown);
    }

    [Fact]
    public void Nested_placeholders_and_nested_overrides()
    {
        const string prices = "+++\n[params.gpu.h100]\nusd_per_hour = 3.95\nmin_torch = \"2.1\"\n+++\nH100: {{gpu.h100.usd_per_hour}} (torch {{gpu.h100.min_torch}})\n";
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("prices", prices)
            .Manifest("a", SetBuilder.Manifest("a", ", \"prices\"", "[params.gpu.h100]\nusd_per_hour = 4.5\n"))
            .Load();

        Assert.Empty(set.Diagnostics);
        AgentDefinition agent = set.Agents.Single();
        Assert.Contains("H100: 4.5 (torch 2.1)", agent.Markdown);
        Assert.True(agent.Params.TryGet("gpu.h100", out ParamValue h100));
        Assert.Equal(ParamValueKind.Table, h100.Kind);
        Assert.Equal(new[] { "usd_per_hour", "min_torch" }, h100.Members.Select(m => m.Key));
    }

    [Fact]
    public void A_placeholder_naming_a_table_is_an_error()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("x", "+++\n[params.gpu.h100]\nusd_per_hour = 3.95\n+++\nAll: {{gpu}}\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"x\""))
            .Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI207");
        Assert.Equal((5, 6), (d.Line, d.Column));
    }

    [Fact]
    public void KEI209_stale_price_is_a_warning_at_the_verified_value_only_when_today_is_given()
    {
        const string prices = "+++\n[params.gpu.H100]\nusd_per_hour = 3.95\nverified = 2025-01-10\n+++\nBody\n";
        SetBuilder builder = SetBuilder.WithObligatoryBlocks().Block("prices", prices).Manifest("a", SetBuilder.Manifest("a", ", \"prices\""));

        AgentDiagnostic d = SetBuilder.Single(builder.Load(new DateTime(2026, 11, 21)), "KEI209");
        Assert.Equal(("blocks/prices.md", 4, 12, RuleSeverity.Warning), (d.Path, d.Line, d.Column, d.Severity));
        Assert.Contains("2025-01-10", d.Message);
        Assert.Empty(builder.Load().Diagnostics);
        Assert.Empty(builder.Load(new DateTime(2025, 7, 9)).Diagnostics);
        Assert.Single(builder.Load(new DateTime(2025, 7, 10)).Diagnostics);
    }

    [Fact]
    public void KEI209_uses_the_agents_own_price_max_age_days()
    {
        const string prices = "+++\n[params]\nprice_max_age_days = 180\n[params.gpu.H100]\nverified = 2025-01-10\n+++\nBody\n";
        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("prices", prices)
            .Manifest("a", SetBuilder.Manifest("a", ", \"prices\"", "[params]\nprice_max_age_days = 1000\n"))
            .Load(new DateTime(2026, 11, 21));

        Assert.Empty(set.Diagnostics);
    }
}
