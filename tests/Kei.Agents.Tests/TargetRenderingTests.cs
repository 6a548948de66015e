using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Targets;

namespace Kei.Agents.Tests;

/// <summary>Each agent tool's native file: its path, its front matter, the marker, and the same sections as every other tool.</summary>
public sealed class TargetRenderingTests
{
    private const string Marker = "<!-- Generated from manifests/a.toml and blocks/. Edit those, not this file. -->";

    private static AgentSet Set(string tools = "[\"Read\", \"Edit\", \"Bash\", \"Grep\"]", string tail = "")
    {
        string manifest = SetBuilder.Manifest("a", tail: tail).Replace("tools = [\"Read\"]", "tools = " + tools);
        AgentSet set = SetBuilder.WithObligatoryBlocks().Manifest("a", manifest).Load();
        Assert.Empty(set.Diagnostics);
        return set;
    }

    private static string Render(AgentSet set, string target, string path)
    {
        IReadOnlyList<TargetOutput> outputs = TargetRendering.Render(set, TargetSelection.Parse(target));
        TargetOutput output = Assert.Single(outputs, o => o.Path == path);
        return output.Text;
    }

    private static string Body(AgentSet set) => string.Join("\n\n", set.Agents.Single().Sections.Select(s => s.Text)) + "\n";

    [Theory]
    [InlineData("generated", "a.md")]
    [InlineData("claude", ".claude/agents/a.md")]
    [InlineData("copilot", ".github/agents/a.agent.md")]
    [InlineData("opencode", ".opencode/agents/a.md")]
    [InlineData("cursor", ".cursor/rules/a.mdc")]
    [InlineData("cline", ".clinerules/a.md")]
    [InlineData("gemini", ".gemini/agents/a.md")]
    public void Every_tool_gets_the_same_sections_after_its_front_matter_and_the_marker(string target, string path)
    {
        AgentSet set = Set();

        string text = Render(set, target, path);

        Assert.EndsWith("\n" + Marker + "\n\n" + Body(set), "\n" + text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Claude_code_and_the_documents_folder_write_the_assembled_document()
    {
        AgentSet set = Set();

        Assert.Equal(set.Agents.Single().Markdown, Render(set, "claude", ".claude/agents/a.md"));
        Assert.Equal(set.Agents.Single().Markdown, Render(set, "generated", "a.md"));
        Assert.StartsWith("---\nname: a\ndescription: Agent a\ntools: Read, Edit, Bash, Grep\nmodel: m\n---\n\n" + Marker, Render(set, "claude", ".claude/agents/a.md"));
    }

    [Fact]
    public void Copilot_names_tools_by_its_aliases_and_leaves_the_model_to_copilot()
    {
        string text = Render(Set("[\"Read\", \"Write\", \"Edit\", \"Bash\", \"Glob\", \"WebFetch\", \"mcp-tool\"]"), "copilot", ".github/agents/a.agent.md");

        Assert.StartsWith("---\nname: a\ndescription: Agent a\ntools: [\"read\", \"edit\", \"execute\", \"search\", \"web\", \"mcp-tool\"]\n---\n\n" + Marker, text);
    }

    [Fact]
    public void Gemini_cli_gets_a_local_subagent_with_its_own_tool_names()
    {
        string text = Render(Set("[\"Read\", \"Grep\", \"Bash\", \"NoSuchTool\"]"), "gemini", ".gemini/agents/a.md");

        Assert.StartsWith("---\nname: a\ndescription: Agent a\nkind: local\ntools:\n  - read_file\n  - grep_search\n  - run_shell_command\n---\n\n" + Marker, text);
    }

    [Theory]
    [InlineData("[\"Read\", \"Edit\", \"Bash\"]", "---\ndescription: Agent a\nmode: subagent\n---")]
    [InlineData("[\"Read\", \"Bash\"]", "---\ndescription: Agent a\nmode: subagent\npermissions:\n  - action: edit\n    resource: \"*\"\n    effect: deny\n---")]
    [InlineData("[\"Read\", \"Write\"]", "---\ndescription: Agent a\nmode: subagent\npermissions:\n  - action: shell\n    resource: \"*\"\n    effect: deny\n---")]
    public void OpenCode_denies_what_the_manifest_does_not_grant(string tools, string frontMatter)
    {
        Assert.StartsWith(frontMatter + "\n\n" + Marker, Render(Set(tools), "opencode", ".opencode/agents/a.md"));
    }

    [Fact]
    public void Cursor_rules_apply_by_description_or_by_the_manifests_paths()
    {
        string requested = Render(Set(), "cursor", ".cursor/rules/a.mdc");
        string attached = Render(Set(tail: "[targets]\npaths = [\"src/**/*.cs\", \"tests/**\"]\n"), "cursor", ".cursor/rules/a.mdc");

        Assert.StartsWith("---\ndescription: Agent a\nglobs:\nalwaysApply: false\n---\n\n" + Marker, requested);
        Assert.StartsWith("---\ndescription: Agent a\nglobs: src/**/*.cs,tests/**\nalwaysApply: false\n---\n\n" + Marker, attached);
    }

    [Fact]
    public void Cline_rules_are_conditional_on_paths_and_otherwise_start_with_the_marker()
    {
        Assert.StartsWith(Marker + "\n\n## ROLE", Render(Set(), "cline", ".clinerules/a.md"));
        Assert.StartsWith("---\npaths:\n  - \"src/**/*.cs\"\n---\n\n" + Marker, Render(Set(tail: "[targets]\npaths = [\"src/**/*.cs\"]\n"), "cline", ".clinerules/a.md"));
    }

    [Fact]
    public void A_manifest_can_leave_its_agent_out_of_some_tools()
    {
        AgentSet set = Set(tail: "[targets]\nskip = [\"cursor\", \"AGENTS-MD\"]\n");

        IReadOnlyList<TargetOutput> outputs = TargetRendering.Render(set, TargetSelection.Parse("claude;cursor;agents-md"));

        Assert.Equal([".claude/agents/a.md"], outputs.Select(o => o.Path));
    }

    [Theory]
    [InlineData("[targets]\nskip = [\"cursr\"]\n", "KEI202", "unknown target 'cursr' in [targets] skip; known targets: generated, claude, copilot, opencode, cursor, cline, gemini, agents-md")]
    [InlineData("[targets]\nglobs = [\"x\"]\n", "KEI202", "unknown key 'globs' in [targets]")]
    [InlineData("[targets]\npaths = \"src/**\"\n", "KEI201", "'paths' must be an array of strings, found string")]
    [InlineData("targets = [\"claude\"]\n", "KEI201", "'targets' must be a table, found array")]
    public void The_targets_table_is_checked_at_its_line(string tail, string id, string message)
    {
        string manifest = SetBuilder.Manifest("a", tail: tail);
        AgentSet set = SetBuilder.WithObligatoryBlocks().Manifest("a", manifest).Load();

        AgentDiagnostic diagnostic = SetBuilder.Single(set, id);
        Assert.Equal(message, diagnostic.Message);
        Assert.True(diagnostic.Line >= 7, diagnostic.ToString());
    }

    [Theory]
    [InlineData(null, "generated")]
    [InlineData("", "generated")]
    [InlineData("Claude; cursor,claude", "claude;cursor")]
    [InlineData("agents-md;generated", "generated;agents-md")]
    [InlineData("all", "generated;claude;copilot;opencode;cursor;cline;gemini;agents-md")]
    public void Selections_name_targets_in_a_fixed_order(string? text, string selected)
    {
        TargetSelection selection = TargetSelection.Parse(text);

        Assert.Equal(selected, selection.Text);
        Assert.Empty(selection.UnknownNames);
    }

    [Fact]
    public void An_unknown_target_name_is_kept_for_the_host_to_report()
    {
        TargetSelection selection = TargetSelection.Parse("claude;windsurf");

        Assert.Equal(["windsurf"], selection.UnknownNames);
        Assert.Equal("claude", selection.Text);
    }
}
