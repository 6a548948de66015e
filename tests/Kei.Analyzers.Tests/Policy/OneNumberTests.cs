using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>
/// One number, three readers: changing <c>max_function_lines</c> in a block changes the agent's document, its generated
/// <c>Params</c> constant and the analyzer's threshold together.
/// </summary>
public sealed class OneNumberTests
{
    private static List<AgentFixtureFile> AgentWithLimit(int limit)
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 0").Where(f => f.Path != "blocks/limits.md").ToList();
        files.Add(new AgentFixtureFile(AgentFileKind.Block, "blocks/limits.md", $$"""
            +++
            params = { max_function_lines = {{limit}} }
            enforces = ["KEI101"]
            +++
            ## LIMITS

            Keep every function within {{"{{"}}max_function_lines{{"}}"}} lines.

            """));
        return files;
    }

    private static string MethodSpanning(int lines, bool marked) => $$"""
        class C
        {
            void {{(marked ? "{|#0:Train|}" : "Train")}}()
            {
        {{SourceBuilder.Statements(lines - 3)}}
            }
        }
        """;

    [Theory]
    [InlineData(20)]
    [InlineData(45)]
    public async Task TheDocumentTheParamsAndTheAnalyzerAgree(int limit)
    {
        List<AgentFixtureFile> files = AgentWithLimit(limit);
        AgentSet set = AgentSetLoader.Load(files.Select(f => new AgentFile(f.Kind, f.Path, f.Text)));
        Assert.True(set.TryGetAgent("trainer", out AgentDefinition agent) && !agent.HasErrors, string.Join("\n", set.Diagnostics));
        Assert.Contains("Keep every function within " + limit + " lines.", agent.Markdown);
        Assert.Contains("public const int MaxFunctionLines = " + limit + ";", PolicyEmitter.EmitAgent(agent, "Kei.Agents").Text);

        await new KeiTest(new FunctionLinesAnalyzer()).WithSource(MethodSpanning(limit, marked: false)).WithAgentFiles(files).WithActiveAgent("trainer").VerifyAnalyzerAsync();
        await new KeiTest(new FunctionLinesAnalyzer()).WithSource(MethodSpanning(limit + 1, marked: true)).WithAgentFiles(files).WithActiveAgent("trainer")
            .WithExpected(KeiTest.Diagnostic("KEI101").WithLocation(0).WithMessage("Method 'Train' spans " + (limit + 1) + " lines; the limit is " + limit))
            .VerifyAnalyzerAsync();
    }
}
