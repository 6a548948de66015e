using System.Collections.Generic;
using System.Linq;
using Kei.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Tests.Generator;

public sealed class GeneratorIncrementalityTests
{
    private static readonly string[] PipelineSteps =
    [
        GeneratorTrackingNames.Files, GeneratorTrackingNames.Namespace, GeneratorTrackingNames.Load,
        GeneratorTrackingNames.Diagnostics, GeneratorTrackingNames.Agents, GeneratorTrackingNames.AgentSources,
        GeneratorTrackingNames.CatalogAgents, GeneratorTrackingNames.CatalogSource,
    ];

    [Fact]
    public void A_CSharp_edit_reruns_nothing()
    {
        var harness = new GeneratorHarness(AgentFixtures.ValidSet());
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        harness.Run(compilation);

        SyntaxTree edited = CSharpSyntaxTree.ParseText("namespace App { public static class Marker { public static int X = 1; } }", path: "App.cs", cancellationToken: TestContext.Current.CancellationToken);
        GeneratorRunResult second = harness.Run(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), edited)).Results.Single();

        Assert.All(PipelineSteps, name => Assert.True(second.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked"));
        IEnumerable<(string Step, IncrementalStepRunReason Reason)> reasons = second.TrackedSteps
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))));
        Assert.All(reasons, r => Assert.True(r.Reason == IncrementalStepRunReason.Cached, r.Step + " was " + r.Reason));
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(run => run.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_manifest_re_emits_only_that_agents_source()
    {
        var harness = new GeneratorHarness(AgentFixtures.ValidSet());
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        string modalRunnerBefore = GeneratedText(harness.Run(compilation), "ModalRunner.g.cs");

        harness.ReplaceFile(AgentFixtures.CodeImplementerPath, AgentFixtures.CodeImplementer("Writes C# and nothing else"));
        GeneratorDriverRunResult rerun = harness.Run(compilation);

        Dictionary<string, IncrementalStepRunReason> byHint = AgentSourceReasons(rerun.Results.Single());
        Assert.Equal(IncrementalStepRunReason.Modified, byHint["CodeImplementer.g.cs"]);
        Assert.Contains(byHint["ModalRunner.g.cs"], new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached });
        Assert.Equal(modalRunnerBefore, GeneratedText(rerun, "ModalRunner.g.cs"));
        Assert.Contains("Writes C# and nothing else", GeneratedText(rerun, "CodeImplementer.g.cs"));
    }

    [Fact]
    public void Editing_one_manifest_reads_only_that_file_again()
    {
        var harness = new GeneratorHarness(AgentFixtures.ValidSet());
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        harness.Run(compilation);

        harness.ReplaceFile(AgentFixtures.CodeImplementerPath, AgentFixtures.CodeImplementer("Edited"));
        GeneratorRunResult rerun = harness.Run(compilation).Results.Single();

        List<IncrementalStepRunReason> fileReasons = rerun.TrackedSteps[GeneratorTrackingNames.Files]
            .SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(AgentFixtures.ValidSet().Count, fileReasons.Count);
        Assert.Single(fileReasons, reason => reason == IncrementalStepRunReason.Modified);
    }

    private static Dictionary<string, IncrementalStepRunReason> AgentSourceReasons(GeneratorRunResult result)
        => result.TrackedSteps[GeneratorTrackingNames.AgentSources]
            .SelectMany(run => run.Outputs)
            .ToDictionary(output => ((SourceModel)output.Value).HintName, output => output.Reason);

    private static string GeneratedText(GeneratorDriverRunResult result, string hintName)
        => result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}
