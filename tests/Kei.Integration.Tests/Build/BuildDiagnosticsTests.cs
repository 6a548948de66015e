using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>What a real build prints and produces for a broken manifest, an active agent, and a project without agents.</summary>
public sealed class BuildDiagnosticsTests
{
    [Fact]
    public async Task A_broken_manifest_fails_the_build_with_KEI200_at_its_position_and_no_generator_crash()
    {
        using var project = new ConsumerProject();
        File.WriteAllText(project.PathOf("manifests/code-implementer.toml"), "name = \"code-implementer\"\ndescription = \"x\"\ntools = [\"Read\"\nmodel = \"sonnet\"\n");

        ProcessResult build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"manifests[/\\]code-implementer\.toml\([34],\d+\): error KEI200: ", build.StandardOutput);
        Assert.DoesNotContain("CS8784", build.AllOutput);
        Assert.DoesNotContain("CS8785", build.AllOutput);
        Assert.False(File.Exists(project.PathOf("_generated/code-implementer.md")));
    }

    [Fact]
    public async Task KeiAgent_raises_the_agents_enforced_rules_to_error()
    {
        using var project = new ConsumerProject();
        File.WriteAllText(project.PathOf("Long.cs"), LongMethodSource.Of(45));

        ProcessResult build = await project.BuildAsync("KeiAgent=modal-runner");

        string config = File.ReadAllText(Path.Combine(project.IntermediateDirectory, "kei-agent-modal-runner.globalconfig"));
        Assert.Contains("is_global = true", config);
        Assert.Contains("dotnet_diagnostic.KEI101.severity = error", config);
        Assert.Contains("dotnet_diagnostic.KEI009.severity = error", config);
        Assert.DoesNotContain("KEI003", config);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): error KEI101: ", build.StandardOutput);
    }

    [Fact]
    public async Task A_project_without_manifests_is_left_alone()
    {
        using var project = new ConsumerProject(withAgents: false);

        ProcessResult build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(Directory.Exists(project.DocumentsDirectory));
        string editorConfig = File.ReadAllText(Path.Combine(project.IntermediateDirectory, "App.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.DoesNotContain("KeiAgentsNamespace", editorConfig);
        Assert.DoesNotContain("KeiKind", editorConfig);
        Assert.Empty(Directory.GetFiles(project.IntermediateDirectory, "kei-*"));
    }
}
