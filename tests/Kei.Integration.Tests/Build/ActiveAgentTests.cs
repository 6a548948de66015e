using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>
/// Which agent a build follows, in every case a new user meets: one manifest (that agent), several and no KeiAgent
/// (defaults, and a message naming the agents), and a KeiAgent that names no agent (an error at the property's line).
/// </summary>
public sealed class ActiveAgentTests
{
    [Fact]
    public async Task With_one_manifest_its_agent_is_active_without_KeiAgent()
    {
        using var project = new ConsumerProject();
        File.Delete(project.PathOf("manifests/modal-runner.toml"));
        File.WriteAllText(project.PathOf("Use.cs"), "namespace App { public static class Use { public static long Limit() => Kei.Agents.CodeImplementer.Params.MaxFunctionLines; } }");
        File.WriteAllText(project.PathOf("Long.cs"), LongMethodSource.Of(statements: 24));

        ProcessResult build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): error KEI101: Method 'Count' spans 29 lines; the limit is 25", build.StandardOutput);
        Assert.True(File.Exists(Path.Combine(project.IntermediateDirectory, "kei-agent-code-implementer.globalconfig")));
        Assert.DoesNotContain("KEI221", build.StandardOutput);
    }

    [Fact]
    public async Task With_several_manifests_and_no_KeiAgent_the_build_names_the_agents_once_and_uses_the_defaults()
    {
        using var project = new ConsumerProject();
        File.WriteAllText(project.PathOf("Long.cs"), LongMethodSource.Of(statements: 27));

        ProcessResult build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Match message = Assert.Single(Regex.Matches(build.StandardOutput, @"App\.csproj : message KEI221: .*"));
        Assert.Contains("2 agents (code-implementer, modal-runner)", message.Value);
        Assert.Contains("<KeiAgent>name</KeiAgent>", message.Value);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): warning KEI101: Method 'Count' spans 32 lines; the limit is 30", build.StandardOutput);
    }

    [Fact]
    public async Task A_KeiAgent_typo_is_an_error_at_its_line_with_a_suggestion_and_the_agent_file_errors_still_print()
    {
        using var project = new ConsumerProject(properties: "<KeiAgent>code-implementr</KeiAgent>");
        File.WriteAllText(project.PathOf("manifests/modal-runner.toml"), "name = \"modal-runner\"\ndescription = \"x\"\ntools = [\"Read\"\nmodel = \"sonnet\"\n");
        File.WriteAllText(project.PathOf("Use.cs"), "namespace App { public static class Use { } }");
        (int line, int column) = PositionOf(project.ProjectFile, "code-implementr");

        ProcessResult build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"App.csproj({line},{column}): error KEI206: KeiAgent 'code-implementr' names no agent ('{project.PathOf("manifests")}' holds code-implementer, modal-runner); did you mean 'code-implementer'?", build.StandardOutput);
        Assert.Matches(@"manifests[/\\]modal-runner\.toml\(4,\d+\): error KEI200: ", build.StandardOutput);
        Assert.DoesNotContain("the agent files have", build.StandardOutput);
        Assert.DoesNotContain("/ : error KEI206", build.StandardOutput);
    }

    [Fact]
    public async Task A_KeiAgent_typo_on_the_command_line_is_an_error_on_the_project_file()
    {
        using var project = new ConsumerProject();

        ProcessResult build = await project.BuildAsync("KeiAgent=modal-runer");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("App.csproj : error KEI206: KeiAgent 'modal-runer' names no agent", build.StandardOutput);
        Assert.Contains("did you mean 'modal-runner'?", build.StandardOutput);
        Assert.False(File.Exists(Path.Combine(project.IntermediateDirectory, "kei-agent-modal-runer.globalconfig")));
    }

    private static (int Line, int Column) PositionOf(string file, string text)
    {
        string[] lines = File.ReadAllLines(file);
        int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf(text, StringComparison.Ordinal) + 1);
    }
}
