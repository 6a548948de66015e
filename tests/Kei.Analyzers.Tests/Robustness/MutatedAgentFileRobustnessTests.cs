using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Generator;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// The project's own manifests and blocks, damaged deterministically (seeded) as an editor leaves them mid-edit:
/// the generator (fresh and incremental drivers) and every analyzer must not throw, nor report CS8784/CS8785/AD0001.
/// </summary>
public sealed class MutatedAgentFileRobustnessTests
{
    private const int GeneratorMutations = 1500;
    private const int AnalyzerMutations = 300;

    [Fact]
    public void Generator_survives_mutated_manifests_and_blocks_on_one_incremental_driver()
    {
        IReadOnlyList<(string Path, string Text, string Kind)> originals = ProjectAgentFiles.All;
        var harness = new GeneratorHarness(originals);
        var mutator = new AgentFileMutator(seed: 8);
        var pick = new Random(8);
        var failures = new List<string>();
        for (int i = 0; i < GeneratorMutations; i++)
        {
            (string path, string text, _) = originals[pick.Next(originals.Count)];
            harness.ReplaceFile(path, mutator.Mutate(text));
            failures.AddRange(GeneratorFailureCheck.Run(harness).Select(f => "mutation " + i + " of " + path + ": " + f));
            if (pick.Next(2) == 0)
            {
                // Half the time the edit is undone; otherwise damage accumulates across several files.
                harness.ReplaceFile(path, text);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Log(GeneratorMutations + " mutated agent sets through one incremental driver: no failure");
    }

    [Fact]
    public void Generator_survives_mutated_manifests_and_blocks_on_fresh_drivers()
    {
        IReadOnlyList<(string Path, string Text, string Kind)> originals = ProjectAgentFiles.All;
        var mutator = new AgentFileMutator(seed: 9);
        var failures = new List<string>();
        for (int i = 0; i < GeneratorMutations / 2; i++)
        {
            int target = i % originals.Count;
            var files = originals.Select((f, index) => index == target ? (f.Path, mutator.Mutate(f.Text), f.Kind) : f);
            failures.AddRange(GeneratorFailureCheck.FreshRun(files).Select(f => "mutation " + i + " of " + originals[target].Path + ": " + f));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Log(GeneratorMutations / 2 + " mutated agent sets on fresh drivers: no failure");
    }

    [Fact]
    public async Task Analyzers_survive_mutated_manifests_and_blocks_of_the_active_agent()
    {
        IReadOnlyList<(string Path, string Text, string Kind)> originals = ProjectAgentFiles.All;
        var mutator = new AgentFileMutator(seed: 10);
        for (int i = 0; i < AnalyzerMutations; i++)
        {
            int target = i % originals.Count;
            string input = "mutation " + i + " (seed 10) of " + originals[target].Path;
            var files = originals.Select((f, index) => index == target ? (f.Path, mutator.Mutate(f.Text), f.Kind) : f).ToList();
            await AnalyzerFailureCheck.UnderAgentFilesAsync(input, files, ProjectAgentFiles.ActiveAgent);
        }

        Log(AnalyzerMutations + " mutated agent sets through every KEI analyzer: no failure");
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
