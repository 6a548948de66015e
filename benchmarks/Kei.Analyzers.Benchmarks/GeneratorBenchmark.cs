using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Kei.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The generator target: 100 manifests over the repository's blocks through <see cref="CSharpGeneratorDriver"/> in
/// steady state (warmed first). Rounds alternate a full run on a fresh driver, a C# edit on a driver that has run
/// (should cost next to nothing: nothing C# feeds the pipeline) and a one-manifest edit; medians are reported.
/// </summary>
internal sealed class GeneratorBenchmark(int manifests, int rounds, TextWriter log)
{
    private readonly IReadOnlyList<(string Path, string Text, string Kind)> files =
        [.. AgentFileInputs.ProjectFiles().Where(f => f.Kind != "Manifest"), .. ManifestSetGenerator.Generate(manifests, seed: 100)];

    private AdditionalText? editedManifest;

    private readonly CSharpCompilation compilation = CSharpCompilation.Create(
        "App", [CSharpSyntaxTree.ParseText("namespace App { public static class Marker { public const int Edit = 0; } }", path: "App.cs")],
        ReferenceAssemblies.NetCoreApp, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public void Run(ResultTable table)
    {
        GeneratorDriverRunResult first = FreshDriver().RunGenerators(compilation).GetRunResult();
        log.WriteLine($"generator: {manifests} manifests, {first.GeneratedTrees.Length} sources, {first.Diagnostics.Length} diagnostics");
        (List<double> full, List<double> fullWall, List<double> csharpEdit, List<double> manifestEdit) = MeasureRounds();
        string clock = ThreadCpuClock.IsThreadClock ? "thread CPU time" : "process CPU time";
        table.AtMost($"generator: {manifests} manifests, full run on a fresh driver ({clock}, median)", Statistics.Median(full), 50, "ms");
        table.Info("generator: the same full run, wall time (median; includes waiting for a core)", ResultTable.Format(Statistics.Median(fullWall), "F1") + " ms");
        table.Info("generator: C# edit on a warm driver (median)", ResultTable.Format(Statistics.Median(csharpEdit), "F3") + " ms");
        table.Info("generator: one manifest edited on a warm driver (median)", ResultTable.Format(Statistics.Median(manifestEdit), "F2") + " ms");
        table.Info("generator: KEI2xx diagnostics on the benchmark set", first.Diagnostics.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Alternating rounds: full run (CPU and wall), C# edit, one-manifest edit; the first five only warm up.</summary>
    private (List<double> Full, List<double> FullWall, List<double> CSharpEdit, List<double> ManifestEdit) MeasureRounds()
    {
        var results = (Full: new List<double>(), FullWall: new List<double>(), CSharpEdit: new List<double>(), ManifestEdit: new List<double>());
        ImmutableArray<AdditionalText> existingTexts = AgentFileInputs.Texts(files);
        editedManifest = existingTexts.First(t => t.Path.StartsWith("manifests/", StringComparison.Ordinal));
        GeneratorDriver existing = FreshDriver(existingTexts).RunGenerators(compilation);
        for (int round = -5; round < rounds; round++)
        {
            double cpuBefore = ThreadCpuClock.NowMs();
            double full = Time(() => FreshDriver().RunGenerators(compilation));
            double fullCpu = ThreadCpuClock.NowMs() - cpuBefore;
            double csharp = Time(() => existing = existing.RunGenerators(EditedCompilation(round)));
            double manifest = Time(() => existing = EditOneManifest(existing, round).RunGenerators(EditedCompilation(round)));
            if (round >= 0)
            {
                results.Full.Add(fullCpu);
                results.FullWall.Add(full);
                results.CSharpEdit.Add(csharp);
                results.ManifestEdit.Add(manifest);
            }
        }

        return results;
    }

    private GeneratorDriver FreshDriver(ImmutableArray<AdditionalText>? texts = null)
        => CSharpGeneratorDriver.Create(
            [new AgentPolicyGenerator().AsSourceGenerator()],
            texts ?? AgentFileInputs.Texts(files),
            CSharpParseOptions.Default,
            AgentFileInputs.Options(files, activeAgent: null),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The compilation with its one file changed, as a keystroke changes it.</summary>
    private Compilation EditedCompilation(int edit)
    {
        SyntaxTree tree = compilation.SyntaxTrees[0];
        string text = tree.GetText().ToString().Replace("Edit = 0", "Edit = " + (edit + 1000), StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
    }

    private GeneratorDriver EditOneManifest(GeneratorDriver driver, int edit)
    {
        (string path, string text, _) = files.First(f => f.Path == editedManifest!.Path);
        AdditionalText after = new InMemoryAdditionalText(path, ManifestSetGenerator.Edited(text, edit));
        GeneratorDriver edited = driver.ReplaceAdditionalText(editedManifest!, after);
        editedManifest = after;
        return edited;
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
