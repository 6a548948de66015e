using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kei.Agents;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Generator;

public sealed class GeneratorDiagnosticsTests
{
    private const string UnknownBlockManifest = """
        name = "code-implementer"
        description = "Writes C#"
        tools = ["Read"]
        model = "sonnet"
        role = "You implement."
        blocks = ["baseline", "evidence-grading", "memory-protocol", "no-such-block"]
        """;

    private const string BrokenManifest = """
        name = "code-implementer"
        description = "Writes C#"
        tools = ["Read"
        model = "sonnet"
        """;

    [Fact]
    public void A_finding_is_located_in_the_toml_file_at_the_offending_value()
    {
        GeneratorRunResult result = RunWithCodeImplementer(UnknownBlockManifest, out _);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "KEI203");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(KeiTestState.PathOf(AgentFixtures.CodeImplementerPath), span.Path);
        Assert.Equal(5, span.StartLinePosition.Line);
        int valueColumn = UnknownBlockManifest.Split('\n')[5].IndexOf("no-such-block", System.StringComparison.Ordinal);
        Assert.InRange(span.StartLinePosition.Character, valueColumn - 1, valueColumn);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertMatchesCore(diagnostic, UnknownBlockManifest);
    }

    [Fact]
    public void A_broken_manifest_yields_KEI200_and_no_class_and_no_crash()
    {
        GeneratorRunResult result = RunWithCodeImplementer(BrokenManifest, out ImmutableArray<Diagnostic> driverDiagnostics);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "KEI200");
        Assert.Equal(KeiTestState.PathOf(AgentFixtures.CodeImplementerPath), diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line, 2, 3);
        AssertMatchesCore(diagnostic, BrokenManifest);
        Assert.Null(result.Exception);
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "CodeImplementer.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ModalRunner.g.cs");
    }

    [Theory]
    [InlineData("Manifest", "\0\0\u0001\u0002")]
    [InlineData("Manifest", "[[[[[[")]
    [InlineData("Manifest", "name = 1\nblocks = 3\nhandoff = \"x\"\nparams = 4")]
    [InlineData("Manifest", "name = \"\"\ntools = []\nblocks = []")]
    [InlineData("Block", "+++\n+++\n+++")]
    [InlineData("Block", "+++\nparams = { a = { b = { c = [1, \"x\", { d = 1 }] } } }\n+++\n{{a.b.c}} {{}} {{")]
    [InlineData("Layout", "report_head = 5\nobligatory_blocks = [1, 2]")]
    [InlineData("Manifest", "")]
    public void Garbage_inputs_never_throw(string kind, string text)
    {
        var files = AgentFixtures.ValidSet();
        files.Add(("agents/" + (kind == "Manifest" ? "manifests/garbage.toml" : kind == "Block" ? "blocks/garbage.md" : "blocks/_layout.toml"), text, kind));
        GeneratorRunResult result = new GeneratorHarness(files).Run(GeneratorHarness.Compilation(), out _, out ImmutableArray<Diagnostic> driverDiagnostics).Results.Single();

        Assert.Null(result.Exception);
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.All(result.Diagnostics, d => Assert.StartsWith("KEI2", d.Id, System.StringComparison.Ordinal));
    }

    private static GeneratorRunResult RunWithCodeImplementer(string manifest, out ImmutableArray<Diagnostic> driverDiagnostics)
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        files[files.FindIndex(f => f.Path == AgentFixtures.CodeImplementerPath)] = (AgentFixtures.CodeImplementerPath, manifest, "Manifest");
        return new GeneratorHarness(files).Run(GeneratorHarness.Compilation(), out _, out driverDiagnostics).Results.Single();
    }

    /// <summary>The compiler location says what the core says: same 1-based line and column, in the same file.</summary>
    private static void AssertMatchesCore(Diagnostic diagnostic, string manifest)
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        files[files.FindIndex(f => f.Path == AgentFixtures.CodeImplementerPath)] = (AgentFixtures.CodeImplementerPath, manifest, "Manifest");
        AgentSet set = AgentSetLoader.Load(files.Select(f => new AgentFile(System.Enum.Parse<AgentFileKind>(f.Kind), f.Path, f.Text)));
        AgentDiagnostic core = Assert.Single(set.Diagnostics, d => d.Id == diagnostic.Id && d.Path == AgentFixtures.CodeImplementerPath);
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((core.Line, core.Column), (start.Line + 1, start.Character + 1));
        Assert.Equal(core.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
