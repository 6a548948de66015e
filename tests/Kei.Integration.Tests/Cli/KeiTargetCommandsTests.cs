using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Cli;

/// <summary><c>kei render/check --target</c> and <c>kei import</c> as a user runs them, on copies of the fixture and the repository.</summary>
public sealed class KeiTargetCommandsTests
{
    /// <summary>The command inside <c>run '...'</c> of a KEI210 message, split as a shell would (quotes kept together).</summary>
    private static string[] FixCommand(string stderr)
    {
        Match command = Regex.Match(stderr, @"error KEI210: .*; run '([^']*)' and commit the result");
        Assert.True(command.Success, stderr);
        return Regex.Matches(command.Groups[1].Value, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')).ToArray();
    }

    [Fact]
    public async Task Render_deletes_the_document_of_a_removed_agent_and_rewrites_the_index_so_check_passes()
    {
        using var agents = new AgentFolder();
        Assert.Equal(0, (await KeiCli.RunAsync("render", "--root", agents.Root)).ExitCode);
        File.Delete(agents.PathOf("manifests/code-implementer.toml"));

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root);

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Contains("deleted _generated/code-implementer.md", render.StandardOutput);
        Assert.False(File.Exists(agents.PathOf("_generated/code-implementer.md")));
        Assert.DoesNotContain("code-implementer", File.ReadAllText(agents.PathOf("_generated/index.md")));
        ProcessResult check = await KeiCli.RunAsync("check", "--root", agents.Root);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task Check_covers_every_selected_target_and_names_the_render_that_fixes_it()
    {
        using var agents = new AgentFolder();
        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root, "--target", "claude,copilot");
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.True(File.Exists(agents.PathOf(".claude/agents/modal-runner.md")));
        Assert.True(File.Exists(agents.PathOf(".github/agents/modal-runner.agent.md")));
        Assert.False(Directory.Exists(agents.PathOf("_generated")));
        string copilot = agents.PathOf(".github/agents/code-implementer.agent.md");
        File.WriteAllText(copilot, File.ReadAllText(copilot).Replace("## ROLE", "## ROLE (edited)"));

        ProcessResult check = await KeiCli.RunAsync("check", "--root", agents.Root, "--target", "claude,copilot");

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"(?m)^\.github/agents/code-implementer\.agent\.md\(\d+,1\): error KEI210: ", check.StandardError);
        string[] fix = FixCommand(check.StandardError);
        Assert.Equal(["kei", "render", "--root", agents.Root, "--target", "claude;copilot"], fix);
        Assert.Equal(0, (await KeiCli.RunAsync(fix[1..])).ExitCode);
        Assert.Equal(0, (await KeiCli.RunAsync("check", "--root", agents.Root, "--target", "claude;copilot")).ExitCode);
    }

    [Fact]
    public async Task A_hand_written_file_at_a_target_path_is_reported_and_left_alone()
    {
        using var agents = new AgentFolder();
        string mine = agents.PathOf(".claude/agents/modal-runner.md");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "---\nname: modal-runner\ndescription: ours\n---\n\nWe wrote this one.\n");

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root, "--target", "claude");

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Contains(".claude/agents/modal-runner.md(1,1): warning KEI215: .claude/agents/modal-runner.md is where target 'claude' writes, but it has no generated marker", render.StandardError);
        Assert.Equal("---\nname: modal-runner\ndescription: ours\n---\n\nWe wrote this one.\n", File.ReadAllText(mine));
        Assert.True(File.Exists(agents.PathOf(".claude/agents/code-implementer.md")));
        Assert.Equal(0, (await KeiCli.RunAsync("check", "--root", agents.Root, "--target", "claude")).ExitCode);
    }

    [Fact]
    public async Task An_unknown_target_is_an_error_and_nothing_is_written()
    {
        using var agents = new AgentFolder();

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root, "--target", "claude;windsurf");

        Assert.Equal(1, render.ExitCode);
        Assert.Contains("unknown target 'windsurf'; known targets: generated, claude, copilot, opencode, cursor, cline, gemini, agents-md", render.StandardError);
        Assert.False(Directory.Exists(agents.PathOf(".claude")));
    }

    [Fact]
    public async Task Import_writes_manifests_and_blocks_that_render_back_to_the_same_subagents()
    {
        using var team = new AgentFolder(withAgents: false);
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Root, ".claude", "agents"), "*.md"))
        {
            Directory.CreateDirectory(team.PathOf(".claude/agents"));
            File.Copy(file, team.PathOf(".claude/agents/" + Path.GetFileName(file)));
        }

        ProcessResult import = await KeiCli.RunAsync("import", "--root", team.Root);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("wrote manifests/modal-runner.toml", import.StandardOutput);
        Assert.Contains("Imported 5 agent(s) from 5 file(s)", import.StandardOutput);
        ProcessResult lint = await KeiCli.RunAsync("lint", "--root", team.Root);
        Assert.True(lint.ExitCode == 0 && lint.StandardError.Length == 0, lint.ToString());
        ProcessResult render = await KeiCli.RunAsync("render", "--root", team.Root, "--target", "claude");
        Assert.Contains("5 document(s), 0 written, 5 unchanged, 0 deleted", render.StandardOutput);
        ProcessResult again = await KeiCli.RunAsync("import", "--root", team.Root);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("manifests/modal-runner.toml exists already; nothing was written (use --force to overwrite)", again.StandardError);
    }
}
