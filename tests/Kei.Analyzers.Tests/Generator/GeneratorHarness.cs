using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kei.Analyzers.Generator;
using Kei.Analyzers.Shared;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>
/// Drives <see cref="AgentPolicyGenerator"/> through <see cref="CSharpGeneratorDriver"/> with step tracking on, over
/// in-memory AdditionalFiles whose <c>KeiKind</c> metadata comes from the options provider, as in a real build.
/// </summary>
internal sealed class GeneratorHarness
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> metadataByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> globalOptions = new(StringComparer.Ordinal);
    private readonly List<AdditionalText> current = [];

    public GeneratorHarness(IEnumerable<(string Path, string Text, string Kind)> files, string? ns = null)
    {
        foreach ((string path, string text, string kind) in files)
        {
            current.Add(new TestAdditionalText(path, text));
            metadataByPath[path] = new Dictionary<string, string> { [KeiBuildNames.KindMetadata] = kind };
        }

        if (ns != null)
        {
            globalOptions[KeiBuildNames.NamespaceProperty] = ns;
        }

        var options = new TestAnalyzerConfigOptionsProvider(globalOptions, new Dictionary<string, string>(), metadataByPath);
        Driver = CSharpGeneratorDriver.Create(
            [new AgentPolicyGenerator().AsSourceGenerator()],
            [.. current],
            CSharpParseOptions.Default,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorDriver Driver { get; private set; }

    public static CSharpCompilation Compilation(string source = "namespace App { public static class Marker { } }")
        => CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(source, path: "App.cs")],
            ReferenceAssemblies.NetCoreApp,
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
        var replacement = new TestAdditionalText(path, newText);
        int index = current.FindIndex(text => text.Path == path);
        Driver = Driver.ReplaceAdditionalText(current[index], replacement);
        current[index] = replacement;
    }
}
