using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Kei.Analyzers.Tests.Generator;

public sealed class GeneratorOutputTests
{
    private const string UsesParams = """
        namespace App
        {
            public static class Use
            {
                public static long ModalRunnerMax() => Kei.Agents.ModalRunner.Params.MaxFunctionLines;
                public static long CodeImplementerMax() => Kei.Agents.CodeImplementer.Params.MaxFunctionLines;
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_and_exposes_the_resolved_params()
    {
        var harness = new GeneratorHarness(AgentFixtures.ValidSet());
        harness.Run(GeneratorHarness.Compilation(UsesParams), out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);

        Assert.Empty(driverDiagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
        Type use = Load(output).GetType("App.Use")!;
        Assert.Equal(30L, Convert.ToInt64(use.GetMethod("ModalRunnerMax")!.Invoke(null, null)));
        Assert.Equal(25L, Convert.ToInt64(use.GetMethod("CodeImplementerMax")!.Invoke(null, null)));
    }

    [Fact]
    public void One_source_per_agent_plus_the_catalog()
    {
        GeneratorRunResult result = new GeneratorHarness(AgentFixtures.ValidSet()).Run(GeneratorHarness.Compilation()).Results.Single();

        string[] hints = result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "AgentCatalog.g.cs", "CodeImplementer.g.cs", "ModalRunner.g.cs" }, hints);
        Assert.Null(result.Exception);
    }

    [Fact]
    public void The_namespace_comes_from_KeiAgentsNamespace()
    {
        var harness = new GeneratorHarness(AgentFixtures.ValidSet(), ns: "Team.Policies");
        harness.Run(GeneratorHarness.Compilation(), out Compilation output, out _);

        Assert.NotNull(output.GetTypeByMetadataName("Team.Policies.ModalRunner"));
        Assert.Null(output.GetTypeByMetadataName("Kei.Agents.ModalRunner"));
    }

    [Fact]
    public void Without_manifests_the_generator_does_nothing()
    {
        var files = AgentFixtures.Blocks.ToList();
        files.Add(("agents/manifests/not-marked.toml", "this is [ not toml", string.Empty));
        var harness = new GeneratorHarness(files);
        GeneratorRunResult result = harness.Run(GeneratorHarness.Compilation(), out _, out ImmutableArray<Diagnostic> diagnostics).Results.Single();

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Files_are_selected_by_metadata_not_by_extension()
    {
        var files = AgentFixtures.ValidSet();
        files.Add(("agents/manifests/unmarked.toml", "name = [ broken", string.Empty));
        files.Add(("docs/notes.md", "+++\nbroken = [\n+++\n", "SomethingElse"));
        GeneratorRunResult result = new GeneratorHarness(files).Run(GeneratorHarness.Compilation()).Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.GeneratedSources.Length);
    }

    [Fact]
    public void A_file_listed_twice_counts_once()
    {
        var files = AgentFixtures.ValidSet();
        files.Add(files[0]);
        GeneratorRunResult result = new GeneratorHarness(files).Run(GeneratorHarness.Compilation()).Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.GeneratedSources.Length);
    }

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        EmitResult emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }
}
