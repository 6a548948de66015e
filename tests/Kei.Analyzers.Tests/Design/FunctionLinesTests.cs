using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Design;

/// <summary>KEI101 thresholds and parameter sources, probed with a plain method.</summary>
public sealed class FunctionLinesTests
{
    /// <summary>A class whose method <c>Train</c> spans <paramref name="lines"/> lines (header, braces, statements).</summary>
    private static string TrainSpanning(int lines, bool marked) => $$"""
        class C
        {
            void {{(marked ? "{|#0:Train|}" : "Train")}}()
            {
        {{SourceBuilder.Statements(lines - 3)}}
            }
        }
        """;

    private static KeiTest Test(string markup) => new KeiTest(new FunctionLinesAnalyzer()).WithSource(markup);

    /// <summary>KEI101 on <c>{|#0:Train|}</c> with the given message.</summary>
    private static DiagnosticResult TrainSpans(int lines, int limit)
        => KeiTest.Diagnostic("KEI101").WithLocation(0).WithMessage("Method 'Train' spans " + lines + " lines; the limit is " + limit);

    [Fact]
    public Task AMethodOverTheDefaultIsReportedAtItsName() => Test(TrainSpanning(41, marked: true)).WithExpected(TrainSpans(41, 30)).VerifyAnalyzerAsync();

    [Fact]
    public Task OneLineOverTheLimitIsReported() => Test(TrainSpanning(31, marked: true)).WithExpected(TrainSpans(31, 30)).VerifyAnalyzerAsync();

    [Fact]
    public async Task AMethodAtTheLimitIsSilent() => await Test(TrainSpanning(30, marked: false)).VerifyAnalyzerAsync();

    [Fact]
    public async Task AttributesAndDocCommentsAreNotCounted()
        => await Test($$"""
            class C
            {
                /// <summary>
                /// Trains.
                /// </summary>
                [System.Obsolete]
                [System.CLSCompliant(false)]
                void Train()
                {
            {{SourceBuilder.Statements(27)}}
                }
            }
            """).VerifyAnalyzerAsync();

    [Fact]
    public async Task ModifiersOnTheirOwnLineAreCounted()
        => await Test($$"""
            class C
            {
                [System.Obsolete]
                private static
                void [|Train|]()
                {
            {{SourceBuilder.Statements(27)}}
                }
            }
            """).VerifyAnalyzerAsync();

    [Fact]
    public async Task EditorConfigSetsTheLimit()
        => await Test(TrainSpanning(41, marked: false)).WithEditorConfig("kei_max_function_lines", "50").VerifyAnalyzerAsync();

    [Fact]
    public Task EditorConfigCanTighten()
        => Test(TrainSpanning(12, marked: true)).WithEditorConfig("kei_max_function_lines", "10").WithExpected(TrainSpans(12, 10)).VerifyAnalyzerAsync();

    [Fact]
    public async Task EditorConfigAppliesPerFileOverTheAgent()
        => await new KeiTest(new FunctionLinesAnalyzer())
            .WithSource(TrainSpanning(25, marked: false), "Legacy/Old.cs")
            .WithSource(TrainSpanning(25, marked: true).Replace("class C", "class D"), "New/Fresh.cs")
            .WithExpected(TrainSpans(25, 20))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
            .WithActiveAgent("trainer")
            .WithEditorConfig("Legacy/Old.cs", "kei_max_function_lines", "40")
            .VerifyAnalyzerAsync();

    [Fact]
    public Task TheActiveAgentSetsTheLimit()
        => Test(TrainSpanning(21, marked: true))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_file_lines = 200, max_function_lines = 20"))
            .WithActiveAgent("trainer")
            .WithExpected(TrainSpans(21, 20))
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task TheManifestOverrideOfTheBlockParamWins()
        => await Test(TrainSpanning(41, marked: false))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20", manifestParams: "max_function_lines = 45"))
            .WithActiveAgent("trainer")
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task EditorConfigWinsOverTheAgent()
        => await Test(TrainSpanning(41, marked: false))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
            .WithActiveAgent("trainer")
            .WithEditorConfig("kei_max_function_lines", "50")
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task AnInvalidEditorConfigValueFallsBackToTheAgent()
        => await Test(TrainSpanning(21, marked: true))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
            .WithActiveAgent("trainer")
            .WithEditorConfig("kei_max_function_lines", "zero")
            .WithExpected(TrainSpans(21, 20))
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task KeiAgentUnsetMeansTheDefault()
        => await Test(TrainSpanning(30, marked: false))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task AnUnknownAgentMeansTheDefault()
        => await Test(TrainSpanning(30, marked: false))
            .WithAgentFiles(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
            .WithActiveAgent("someone-else")
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task AnAgentWithErrorsMeansTheDefaultAndNoAgentFileDiagnostics()
    {
        AgentFixtureFile broken = AgentFixtures.Manifest("trainer") with { Text = "name = \"trainer\"\nblocks = [\n" };
        await Test(TrainSpanning(30, marked: false))
            .WithAgentFiles(AgentFixtures.ObligatoryBlocks().Append(AgentFixtures.LimitsBlock("max_function_lines = 20")).Append(broken))
            .WithActiveAgent("trainer")
            .VerifyAnalyzerAsync();
    }

    [Fact]
    public async Task FilesWithoutKeiKindAreNotAgentFiles()
    {
        KeiTest test = Test(TrainSpanning(21, marked: false)).WithActiveAgent("trainer");
        foreach (AgentFixtureFile file in AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
        {
            test.WithAdditionalFile(file.Path, file.Text);
        }

        await test.VerifyAnalyzerAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsExempt()
        => await Test("// <auto-generated/>\n" + TrainSpanning(60, marked: false)).VerifyAnalyzerAsync();
}
