using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>
/// Real builds of a project below the folder that keeps the agents: KeiAgentsRoot defaults to the nearest folder at or
/// above the project holding manifests/, up to the repository root; finding none is said once, as a message.
/// </summary>
public sealed class AgentDiscoveryTests
{
    [Fact]
    public async Task A_project_in_a_subfolder_finds_the_agents_at_the_repository_root()
    {
        using var project = new ConsumerProject(projectFolder: "src/App");

        ProcessResult build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(project.PathOf("_generated/modal-runner.md")), "the documents were not written next to manifests/");
        Assert.False(Directory.Exists(Path.Combine(project.Directory, "_generated")));
        string editorConfig = File.ReadAllText(Path.Combine(project.IntermediateDirectory, "App.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Contains("build_metadata.AdditionalFiles.KeiKind = Manifest", editorConfig);
    }

    [Fact]
    public async Task The_search_stops_at_the_repository_root_and_says_so_once_without_failing_a_warnings_as_errors_build()
    {
        using var project = new ConsumerProject(targetFrameworks: "net10.0;netstandard2.0", projectFolder: "inner/src/App");
        File.WriteAllText(Path.Combine(project.Directory, "Use.cs"), "namespace App { public static class Use { } }");
        project.MarkRepositoryRoot("inner");

        ProcessResult build = await project.BuildAsync("TreatWarningsAsErrors=true");

        Assert.True(build.ExitCode == 0, build.ToString());
        Match message = Assert.Single(Regex.Matches(build.StandardOutput, @"App\.csproj : message KEI220: (.*)"));
        Assert.Contains("'" + project.Directory + "' and the folders above it up to the repository root '" + project.PathOf("inner") + "'", message.Value);
        Assert.Contains("KeiAgentsRoot", message.Value);
        Assert.DoesNotContain("warning KEI", build.StandardOutput);
        Assert.False(Directory.Exists(project.PathOf("_generated")));
        Assert.False(Directory.Exists(project.PathOf("inner/_generated")));
    }

    [Fact]
    public async Task KeiAgentsRoot_set_by_the_project_wins_over_the_search()
    {
        using var project = new ConsumerProject(projectFolder: "src/App", properties: "<KeiAgentsRoot>$(MSBuildThisFileDirectory)agents</KeiAgentsRoot>");

        ProcessResult build = await project.BuildAsync();

        Assert.Contains("message KEI220: KeiAnalyzers found no agent manifests in '" + Path.Combine(project.Directory, "agents") + "/manifests' (KeiAgentsRoot)", build.StandardOutput);
        Assert.False(Directory.Exists(project.PathOf("_generated")));
    }

    [Fact]
    public async Task KeiAgent_in_a_project_without_manifests_is_an_error_not_silence()
    {
        using var project = new ConsumerProject(withAgents: false);

        ProcessResult build = await project.BuildAsync("KeiAgent=reviewer");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("App.csproj : error KEI206: KeiAgent 'reviewer' names no agent: there are no agent manifests in '" + project.Directory + "'", build.StandardOutput);
        Assert.DoesNotContain("message KEI220", build.StandardOutput);
        Assert.Empty(Directory.GetFiles(project.IntermediateDirectory, "kei-*"));
    }
}
