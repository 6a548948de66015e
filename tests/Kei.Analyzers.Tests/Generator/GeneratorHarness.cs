using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kei.Analyzers.Generator;
using Kei.Analyzers.Shared;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>
/// Drives <see cref="AgentPolicyGenerator"/> through <see cref="CSharpGeneratorDriver"/> with step tracking on, for
/// what the testing packages cannot express: incremental steps, thousands of no-throw runs, emitting the output. The
/// AdditionalFiles and their <c>KeiKind</c> metadata come from the project the testing packages build for a
/// <see cref="KeiTest"/>, so they reach the generator exactly as in the other tests (and as the IDE passes them).
/// </summary>
internal sealed class GeneratorHarness
{
    private readonly List<AdditionalText> current;
    private Solution solution;

    public GeneratorHarness(IEnumerable<(string Path, string Text, string Kind)> files, string? ns = null)
    {
        var test = new KeiTest();
        foreach ((string path, string text, string kind) in files)
        {
            test.WithAdditionalFile(path, text, (KeiBuildNames.KindMetadata, kind));
        }

        if (ns != null)
        {
            test.WithGlobalOption(KeiBuildNames.NamespaceProperty, ns);
        }

        Project project = test.BuildProjectAsync().GetAwaiter().GetResult();
        solution = project.Solution;
        current = [.. project.AnalyzerOptions.AdditionalFiles];
        Driver = CSharpGeneratorDriver.Create(
            [new AgentPolicyGenerator().AsSourceGenerator()],
            current,
            (CSharpParseOptions)project.ParseOptions!,
            project.AnalyzerOptions.AnalyzerConfigOptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorDriver Driver { get; private set; }

    public static CSharpCompilation Compilation(string source = "namespace App { public static class Marker { } }")
        => CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(source, path: "App.cs")],
            NetReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public GeneratorDriverRunResult Run(Compilation compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics);
        return Driver.GetRunResult();
    }

    public GeneratorDriverRunResult Run(Compilation compilation) => Run(compilation, out _, out _);

    /// <summary>Replaces one additional file's text (same path, same KeiKind), as an edit in the IDE would.</summary>
    public void ReplaceFile(string path, string newText)
    {
        string documentPath = KeiTestState.PathOf(path);
        int index = current.FindIndex(text => text.Path == documentPath);
        Project project = solution.Projects.Single();
        DocumentId id = project.AdditionalDocuments.First(d => d.FilePath == documentPath).Id;
        solution = solution.WithAdditionalDocumentText(id, SourceText.From(newText, System.Text.Encoding.UTF8));
        AdditionalText replacement = solution.GetProject(project.Id)!.AnalyzerOptions.AdditionalFiles.First(text => text.Path == documentPath);
        Driver = Driver.ReplaceAdditionalText(current[index], replacement);
        current[index] = replacement;
    }
}
