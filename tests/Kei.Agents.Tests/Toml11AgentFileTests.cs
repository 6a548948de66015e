using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>Manifests and blocks may use TOML 1.1: inline tables over several lines, the new escapes, times without seconds.</summary>
public sealed class Toml11AgentFileTests
{
    [Fact]
    public void A_manifest_with_a_multiline_inline_table_and_a_trailing_comma_loads()
    {
        const string Limits = "+++\nparams = { max_file_lines = 200, max_function_lines = 30 }\n+++\nFiles {{max_file_lines}}, functions {{max_function_lines}}.\n";
        string manifest = SetBuilder.Manifest("a", ", \"limits\"",
            "params = {\n"
            + "  max_function_lines = 40, # stricter for this agent\n"
            + "  max_file_lines = 150,\n"
            + "}\n");

        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("limits", Limits).Manifest("a", manifest).Load();

        Assert.Empty(set.Diagnostics);
        AgentDefinition agent = set.Agents.Single();
        Assert.True(agent.Params.TryGetNumber("max_function_lines", out double lines));
        Assert.Equal(40, lines);
        Assert.Contains("Files 150, functions 40.", agent.Markdown);
    }

    [Fact]
    public void Block_front_matter_may_use_toml_11_syntax()
    {
        const string Block = "+++\nparams = {\n  marker = \"\\x3E\\x3E\",\n  window = 07:30,\n}\n+++\nMark {{marker}} at {{window}}.\n";

        AgentSet set = SetBuilder.WithObligatoryBlocks().Block("sched", Block)
            .Manifest("a", SetBuilder.Manifest("a", ", \"sched\"")).Load();

        Assert.Empty(set.Diagnostics);
        Assert.Contains("Mark >> at 07:30:00.", set.Agents.Single().Markdown);
    }

    [Fact]
    public void A_toml_syntax_error_in_an_open_inline_table_names_where_it_opened()
    {
        string manifest = SetBuilder.Manifest("a", string.Empty, "params = {\n  max_function_lines = 40\n  max_file_lines = 150,\n}\n");

        AgentSet set = SetBuilder.WithObligatoryBlocks().Manifest("a", manifest).Load();

        AgentDiagnostic d = SetBuilder.Single(set, "KEI200");
        Assert.Equal(("manifests/a.toml", 9, 3), (d.Path, d.Line, d.Column));
        Assert.Contains("the inline table opened at line 7, column 10 is still open", d.Message);
    }
}
