using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Cli;

/// <summary><c>kei render</c>, <c>kei check</c> and <c>kei lint</c> on a copy of the fixture agent set.</summary>
public sealed class KeiDocumentCommandsTests
{
    [Fact]
    public async Task Render_writes_every_document_then_check_passes_and_a_second_render_writes_nothing()
    {
        using var agents = new AgentFolder();

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Contains("wrote _generated/modal-runner.md", render.StandardOutput);
        Assert.True(File.Exists(agents.PathOf("_generated/index.md")));

        ProcessResult again = await KeiCli.RunAsync("render", "--root", agents.Root);
        Assert.Contains("3 document(s), 0 written, 3 unchanged, 0 deleted", again.StandardOutput);

        ProcessResult check = await KeiCli.RunAsync("check", "--root", agents.Root);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Empty(check.StandardError);
    }

    [Fact]
    public async Task Check_fails_on_a_hand_edited_document_with_KEI210_and_a_unified_diff()
    {
        using var agents = new AgentFolder();
        await KeiCli.RunAsync("render", "--root", agents.Root);
        string document = agents.PathOf("_generated/code-implementer.md");
        File.WriteAllText(document, File.ReadAllText(document).Replace("model: sonnet", "model: haiku"));

        ProcessResult check = await KeiCli.RunAsync("check", "--root", agents.Root);

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"^_generated/code-implementer\.md\(5,1\): error KEI210: ", check.StandardError);
        Assert.Contains("--- a/_generated/code-implementer.md", check.StandardOutput);
        Assert.Contains("\n-model: haiku\n+model: sonnet\n", check.StandardOutput);
        Assert.DoesNotContain("modal-runner.md", check.StandardError);
    }

    [Fact]
    public async Task Render_to_another_folder_with_out()
    {
        using var agents = new AgentFolder();
        string target = agents.PathOf("docs-out");

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root, "--out", target);

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.True(File.Exists(Path.Combine(target, "modal-runner.md")));
        Assert.False(Directory.Exists(agents.PathOf("_generated")));
    }

    [Fact]
    public async Task Lint_passes_a_valid_set_and_reports_errors_relative_to_the_root()
    {
        using var agents = new AgentFolder();
        ProcessResult clean = await KeiCli.RunAsync("lint", "--root", agents.Root);
        Assert.True(clean.ExitCode == 0, clean.ToString());

        File.WriteAllText(agents.PathOf("manifests/code-implementer.toml"), "name = \"code-implementer\"\ndescription = \"x\"\ntools = [\"Read\"\nmodel = \"sonnet\"\n");
        ProcessResult broken = await KeiCli.RunAsync("lint", "--root", agents.Root);

        Assert.Equal(1, broken.ExitCode);
        Assert.Matches(@"(?m)^manifests/code-implementer\.toml\([34],\d+\): error KEI200: ", broken.StandardError);
        Assert.DoesNotContain(agents.Root, broken.StandardError);
    }

    [Fact]
    public async Task Render_of_a_set_with_errors_writes_nothing_and_fails()
    {
        using var agents = new AgentFolder();
        File.WriteAllText(agents.PathOf("manifests/code-implementer.toml"), "name = \"code-implementer\"\nblocks = [\"no-such-block\"]\n");

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root);

        Assert.Equal(1, render.ExitCode);
        Assert.Contains("error KEI2", render.StandardError);
        Assert.False(Directory.Exists(agents.PathOf("_generated")));
    }

    [Fact]
    public async Task Check_passes_on_the_repository_itself_for_every_target_it_selects()
    {
        ProcessResult check = await KeiCli.RunAsync("check", "--root", RepoPaths.Root, "--target", Kei.Testing.RepositoryAgentTargets.Read());

        Assert.True(check.ExitCode == 0, check.ToString());
    }
}
