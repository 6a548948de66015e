using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;
using Kei.Integration.Tests.Schema;
using Kei.Toml;

namespace Kei.Integration.Tests.Cli;

/// <summary><c>kei init</c>: a starter set from nothing, valid and lint-clean, never overwriting a file unless forced.</summary>
public sealed class KeiInitTests : IDisposable
{
    private readonly string folder = TempTree.NewPath("kei-init-");

    public KeiInitTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task Init_writes_a_starter_agent_the_standard_blocks_and_the_schemas_and_prints_the_next_steps()
    {
        ProcessResult init = await RunInFolderAsync("init");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(PathOf("manifests/my-agent.toml")));
        foreach (string block in Directory.GetFiles(Path.Combine(RepoPaths.Root, "blocks"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(RepoPaths.Root, block);
            Assert.Equal(File.ReadAllText(block), File.ReadAllText(PathOf(relative)));
        }

        foreach (string schema in Directory.GetFiles(Path.Combine(RepoPaths.Root, "schemas")))
        {
            Assert.Equal(File.ReadAllText(schema), File.ReadAllText(PathOf("schemas/" + Path.GetFileName(schema))));
        }

        Assert.Contains("Next steps:", init.StandardOutput);
        Assert.Contains("dotnet build", init.StandardOutput);
        Assert.Contains("Kei.Agents.MyAgent", init.StandardOutput);
    }

    [Fact]
    public async Task The_starter_set_lints_clean_renders_and_matches_the_manifest_schema()
    {
        Assert.Equal(0, (await KeiCli.RunAsync("init", "--root", folder, "--agent", "code-reviewer")).ExitCode);

        ProcessResult lint = await KeiCli.RunAsync("lint", "--root", folder);
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Contains("1 agent(s), 13 file(s): 0 error(s), 0 warning(s)", lint.StandardOutput);
        Assert.Equal(0, (await KeiCli.RunAsync("render", "--root", folder)).ExitCode);
        Assert.StartsWith("---\nname: code-reviewer\n", File.ReadAllText(PathOf("_generated/code-reviewer.md")));
        var validator = new TomlSchemaValidator(PathOf("schemas"));
        Assert.Empty(validator.Validate(TomlReader.Parse(File.ReadAllText(PathOf("manifests/code-reviewer.toml"))), "manifest.schema.json"));
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_an_existing_file_and_writes_nothing_unless_forced()
    {
        Directory.CreateDirectory(PathOf("blocks"));
        File.WriteAllText(PathOf("blocks/baseline.md"), "my own baseline\n");

        ProcessResult refused = await KeiCli.RunAsync("init", "--root", folder);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("kei: error: kei init would overwrite 1 existing file(s)", refused.StandardError);
        Assert.Contains("blocks/baseline.md", refused.StandardError);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal("my own baseline\n", File.ReadAllText(PathOf("blocks/baseline.md")));
        Assert.False(Directory.Exists(PathOf("manifests")));

        ProcessResult forced = await KeiCli.RunAsync("init", "--root", folder, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "blocks", "baseline.md")), File.ReadAllText(PathOf("blocks/baseline.md")));
    }

    [Fact]
    public async Task An_agent_name_that_is_not_kebab_case_is_refused_with_the_expected_form()
    {
        ProcessResult init = await KeiCli.RunAsync("init", "--root", folder, "--agent", "../Escape");

        Assert.Equal(1, init.ExitCode);
        Assert.Contains("--agent expects a kebab-case name, e.g. --agent code-reviewer; got '../Escape'", init.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.False(File.Exists(Path.Combine(folder, "..", "Escape.toml")));
    }

    public void Dispose() => TempTree.Delete(folder);

    private string PathOf(string relative) => Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));

    private Task<ProcessResult> RunInFolderAsync(params string[] arguments)
        => ProcessRunner.RunDotnetAsync(folder, [RepoPaths.KeiCli, .. arguments], TimeSpan.FromMinutes(1));
}
