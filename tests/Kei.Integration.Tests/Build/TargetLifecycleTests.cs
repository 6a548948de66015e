using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> owns what it writes: the selected targets' files are written, files of agents or targets
/// that are gone are deleted, a hand-written file is left alone, and check mode names the command that fixes the tree.
/// </summary>
public sealed class TargetLifecycleTests
{
    private static void SelectTargets(ConsumerProject project, string targets)
        => File.WriteAllText(project.PathOf("Directory.Build.props"), "<Project><PropertyGroup><KeiAgentTargets>" + targets + "</KeiAgentTargets></PropertyGroup></Project>");

    [Fact]
    public async Task A_removed_manifest_takes_its_document_and_its_index_line_with_it_and_check_mode_stays_green()
    {
        using var project = new ConsumerProject();
        Assert.True((await project.BuildAsync()).ExitCode == 0);
        File.Delete(project.PathOf("manifests/code-implementer.toml"));

        ProcessResult build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(project.PathOf("_generated/code-implementer.md")), "the removed agent's document is still there");
        Assert.DoesNotContain("code-implementer", File.ReadAllText(project.PathOf("_generated/index.md")));
        ProcessResult check = await project.BuildAsync("KeiCheckAgentDocs=true");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task Selected_targets_are_written_a_dropped_target_is_deleted_and_hand_written_files_stay()
    {
        using var project = new ConsumerProject();
        const string Ours = "---\ndescription: the team's own rule\nalwaysApply: true\n---\n\nTabs, not spaces.\n";
        Directory.CreateDirectory(project.PathOf(".cursor/rules"));
        File.WriteAllText(project.PathOf(".cursor/rules/team.mdc"), Ours);
        File.WriteAllText(project.PathOf(".cursor/rules/modal-runner.mdc"), Ours);
        SelectTargets(project, "generated;claude;cursor");

        ProcessResult build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(project.PathOf(".claude/agents/modal-runner.md")));
        Assert.StartsWith("---\ndescription: ", File.ReadAllText(project.PathOf(".cursor/rules/code-implementer.mdc")));
        Assert.Matches(@"modal-runner\.mdc\(1,1\): warning KEI215: .*modal-runner\.mdc is where target 'cursor' writes, but it has no generated marker", build.StandardOutput);
        Assert.Equal(Ours, File.ReadAllText(project.PathOf(".cursor/rules/modal-runner.mdc")));

        // Only the selection changes: no manifest or block is newer than the step's stamp, yet the step runs again.
        SelectTargets(project, "generated;claude");
        ProcessResult narrower = await project.BuildAsync();

        Assert.True(narrower.ExitCode == 0, narrower.ToString());
        Assert.False(File.Exists(project.PathOf(".cursor/rules/code-implementer.mdc")), "the dropped target's file is still there");
        Assert.Equal(Ours, File.ReadAllText(project.PathOf(".cursor/rules/team.mdc")));
        Assert.Equal(Ours, File.ReadAllText(project.PathOf(".cursor/rules/modal-runner.mdc")));
        Assert.True(File.Exists(project.PathOf(".claude/agents/code-implementer.md")));
    }

    [Fact]
    public async Task Check_mode_names_the_build_that_fixes_the_tree_and_that_build_does()
    {
        using var project = new ConsumerProject();
        SelectTargets(project, "generated;copilot");
        Assert.True((await project.BuildAsync()).ExitCode == 0);
        string edited = project.PathOf(".github/agents/modal-runner.agent.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("## ROLE", "## ROLE, edited by hand"));
        File.Delete(project.PathOf(".github/agents/code-implementer.agent.md"));

        ProcessResult check = await project.BuildAsync("KeiCheckAgentDocs=true");

        Assert.NotEqual(0, check.ExitCode);
        Assert.Matches(@"modal-runner\.agent\.md\(\d+,1\): error KEI210: ", check.StandardOutput);
        Assert.Matches(@"code-implementer\.agent\.md\(1,1\): error KEI210: .*\(missing\)", check.StandardOutput);
        Match fix = Regex.Match(check.StandardOutput, @"run 'dotnet build ([^ ']+) -p:KeiCheckAgentDocs=false' and commit the result");
        Assert.True(fix.Success, check.StandardOutput);
        Assert.Equal("App.csproj", fix.Groups[1].Value);

        Assert.True((await project.BuildAsync("KeiCheckAgentDocs=false")).ExitCode == 0);
        ProcessResult again = await project.BuildAsync("KeiCheckAgentDocs=true");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("edited by hand", File.ReadAllText(edited));
    }

    [Fact]
    public async Task An_unknown_target_fails_the_build_at_the_project_file()
    {
        using var project = new ConsumerProject();

        ProcessResult build = await project.BuildAsync("KeiAgentTargets=claude%3Bwindsurf");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"App\.csproj : error KEI215: unknown agent target 'windsurf'; known targets: generated, claude, ", build.StandardOutput);
        Assert.False(Directory.Exists(project.PathOf(".claude")));
    }
}
