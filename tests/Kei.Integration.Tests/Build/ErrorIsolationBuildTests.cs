using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>
/// A real build of a set in which one block is broken: the error stays with the agent that includes it. The valid active
/// agent keeps its severities, thresholds, class and document; the broken one reports its root error only.
/// </summary>
public sealed class ErrorIsolationBuildTests
{
    private const string UsesCodeImplementer = "namespace App { public static class Use { public static int Limit() => Kei.Agents.CodeImplementer.Params.MaxFunctionLines; } }";

    /// <summary>The fixture set with the closing '}' of cost.md's params table removed (only modal-runner includes cost).</summary>
    private static ConsumerProject ProjectWithBrokenCostBlock()
    {
        var project = new ConsumerProject();
        string cost = project.PathOf("blocks/cost.md");
        string text = File.ReadAllText(cost);
        int last = text.IndexOf(" }\nenforces", System.StringComparison.Ordinal);
        Assert.True(last > 0, "the fixture's cost block changed shape");
        File.WriteAllText(cost, text.Remove(last, 2));
        File.WriteAllText(project.PathOf("Use.cs"), UsesCodeImplementer);
        File.WriteAllText(project.PathOf("Long.cs"), "namespace App\n{\n    public static class Long\n    {\n        public static int Count()\n        {\n            int x = 0;\n"
                                                     + string.Concat(Enumerable.Repeat("            x++;\n", 21)) + "            return x;\n        }\n    }\n}\n");
        return project;
    }

    [Fact]
    public async Task A_valid_active_agent_keeps_its_rules_class_and_document_while_another_agent_is_broken()
    {
        using ConsumerProject project = ProjectWithBrokenCostBlock();

        ProcessResult build = await project.BuildAsync("KeiAgent=code-implementer");

        AssertFailsOnTheRootErrorOnly(build);
        Assert.DoesNotContain("CS0234", build.AllOutput);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): error KEI101: .*spans 26 lines; the limit is 25", build.StandardOutput);
        string config = File.ReadAllText(Path.Combine(project.IntermediateDirectory, "kei-agent-code-implementer.globalconfig"));
        Assert.Contains("dotnet_diagnostic.KEI101.severity = error", config);
        Assert.True(File.Exists(project.PathOf("_generated/code-implementer.md")), build.ToString());
        Assert.False(File.Exists(project.PathOf("_generated/modal-runner.md")));
        Assert.False(File.Exists(project.PathOf("_generated/index.md")));
    }

    [Fact]
    public async Task A_broken_active_agent_raises_no_rule_and_says_why()
    {
        using ConsumerProject project = ProjectWithBrokenCostBlock();
        // Files an earlier build wrote: the broken agent's document and the index stay exactly as they are (held), not
        // deleted as if the agent were gone.
        Directory.CreateDirectory(project.PathOf("_generated"));
        string earlier = Kei.Agents.GeneratedMarker.ForAgent("modal-runner") + "\nan earlier build's text\n";
        File.WriteAllText(project.PathOf("_generated/modal-runner.md"), earlier);
        File.WriteAllText(project.PathOf("_generated/index.md"), Kei.Agents.GeneratedMarker.ForSet + "\nearlier index\n");

        ProcessResult build = await project.BuildAsync("KeiAgent=modal-runner");

        AssertFailsOnTheRootErrorOnly(build);
        Assert.Equal(earlier, File.ReadAllText(project.PathOf("_generated/modal-runner.md")));
        Assert.Contains("earlier index", File.ReadAllText(project.PathOf("_generated/index.md")));
        Assert.True(File.Exists(project.PathOf("_generated/code-implementer.md")), build.ToString());
        Assert.Contains("KeiAgent 'modal-runner' has errors in its agent files", build.StandardOutput);
        string config = File.ReadAllText(Path.Combine(project.IntermediateDirectory, "kei-agent-modal-runner.globalconfig"));
        Assert.DoesNotContain("dotnet_diagnostic", config);
    }

    /// <summary>The build fails on cost.md's syntax error (found where the next key starts, naming where the table opened), and on no follow-on of it (KEI207 on its placeholders or overrides).</summary>
    private static void AssertFailsOnTheRootErrorOnly(ProcessResult build)
    {
        Assert.NotEqual(0, build.ExitCode);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(build.StandardOutput, @"blocks[/\\]cost\.md\(3,1\): error KEI200: .*\(the inline table opened at line 1, column \d+ is still open\)"), build.ToString());
        Assert.DoesNotContain("KEI207", build.AllOutput);
    }
}
