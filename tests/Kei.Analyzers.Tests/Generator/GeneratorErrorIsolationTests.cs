using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>
/// What the generator and the analyzers make of a set where one file is broken: the valid agents keep their classes,
/// their catalog entry and their thresholds; the broken agent gets no class and reports its root error only; a value
/// outside its type generates nothing; and nothing the generator reports depends on the date.
/// </summary>
public sealed class GeneratorErrorIsolationTests
{
    private const string CostBlockPath = "agents/blocks/cost.md";

    /// <summary>The valid set, with modal-runner also including a cost block whose inline table misses its '}'.</summary>
    private static List<(string Path, string Text, string Kind)> SetWithBrokenCostBlock()
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        int runner = files.FindIndex(f => f.Path == AgentFixtures.ModalRunnerPath);
        files[runner] = (AgentFixtures.ModalRunnerPath, AgentFixtures.ModalRunner.Replace("\"size-limits\"]", "\"size-limits\", \"cost\"]", System.StringComparison.Ordinal), "Manifest");
        files.Add((CostBlockPath, "+++\nparams = { warn_below_usd = 20.0, auto_below_usd = 5.0\n+++\n## COST\n\nSTOP from ${{warn_below_usd}}, AUTO below ${{auto_below_usd}}.\n", "Block"));
        return files;
    }

    private static GeneratorRunResult Run(IEnumerable<(string Path, string Text, string Kind)> files, string source, out ImmutableArray<Diagnostic> compilerErrors)
    {
        var harness = new GeneratorHarness(files);
        GeneratorDriverRunResult run = harness.Run(GeneratorHarness.Compilation(source), out Compilation output, out _);
        compilerErrors = [.. output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
        return run.Results.Single();
    }

    [Fact]
    public void A_broken_block_reports_its_syntax_error_only_and_the_valid_agent_keeps_its_class_and_catalog_entry()
    {
        const string source = "namespace App { public static class Use { public static int Limit => Kei.Agents.CodeImplementer.Params.MaxFunctionLines; public static int Count => Kei.Agents.AgentCatalog.Names.Count; } }";
        GeneratorRunResult result = Run(SetWithBrokenCostBlock(), source, out ImmutableArray<Diagnostic> compilerErrors);

        Diagnostic root = Assert.Single(result.Diagnostics);
        Assert.Equal(("KEI200", KeiTestState.PathOf(CostBlockPath)), (root.Id, root.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "AgentCatalog.g.cs", "CodeImplementer.g.cs" }, result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.Contains("Names { get; } = global::System.Array.AsReadOnly(new string[] { \"code-implementer\" });", result.GeneratedSources.Single(s => s.HintName == "AgentCatalog.g.cs").SourceText.ToString());
        Assert.Empty(compilerErrors);
    }

    [Fact]
    public void With_every_agent_broken_the_catalog_is_still_emitted_so_the_namespace_does_not_vanish()
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        int limits = files.FindIndex(f => f.Path.EndsWith("size-limits.md", System.StringComparison.Ordinal));
        files[limits] = (files[limits].Path, files[limits].Text.Replace("max_function_lines = 30 }", "max_function_lines = 30", System.StringComparison.Ordinal), "Block");
        GeneratorRunResult result = Run(files, "namespace App { public static class Use { public static int Count => Kei.Agents.AgentCatalog.Names.Count; } }", out ImmutableArray<Diagnostic> compilerErrors);

        Assert.Equal("KEI200", Assert.Single(result.Diagnostics).Id);
        Assert.Equal("AgentCatalog.g.cs", Assert.Single(result.GeneratedSources).HintName);
        Assert.Empty(compilerErrors);
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("30.5")]
    [InlineData("\"thirty\"")]
    public void A_value_outside_its_type_is_KEI207_at_the_value_and_generates_no_class(string value)
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        int coder = files.FindIndex(f => f.Path == AgentFixtures.CodeImplementerPath);
        files[coder] = (AgentFixtures.CodeImplementerPath, AgentFixtures.CodeImplementer().Replace("max_function_lines = 25", "max_function_lines = " + value, System.StringComparison.Ordinal), "Manifest");
        GeneratorRunResult result = Run(files, "namespace App { }", out _);

        Diagnostic d = Assert.Single(result.Diagnostics);
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(("KEI207", DiagnosticSeverity.Error, KeiTestState.PathOf(AgentFixtures.CodeImplementerPath), 8, 21), (d.Id, d.Severity, span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.StartsWith("'max_function_lines' must be an integer from 1 to 10000, found ", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "CodeImplementer.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ModalRunner.g.cs");
    }

    [Fact]
    public void No_generator_finding_depends_on_the_date()
    {
        List<(string Path, string Text, string Kind)> files = AgentFixtures.ValidSet();
        files.Add(("agents/blocks/prices.md", "+++\n[params.gpu.H100]\nusd_per_hour = 3.95\nverified = 1999-01-01\n+++\nH100 checked {{gpu.H100.verified}}.\n", "Block"));
        int runner = files.FindIndex(f => f.Path == AgentFixtures.ModalRunnerPath);
        files[runner] = (AgentFixtures.ModalRunnerPath, AgentFixtures.ModalRunner.Replace("\"size-limits\"]", "\"size-limits\", \"prices\"]", System.StringComparison.Ordinal), "Manifest");

        GeneratorRunResult result = Run(files, "namespace App { }", out _);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ModalRunner.g.cs");
    }

    [Fact]
    public async Task A_valid_active_agent_keeps_its_threshold_while_another_agent_is_broken()
    {
        var test = new KeiTest(new FunctionLinesAnalyzer()).WithSource("class C\n{\n    void [|Long|]()\n    {\n" + SourceBuilder.Statements(23) + "\n    }\n}\n");
        foreach ((string path, string text, string kind) in SetWithBrokenCostBlock())
        {
            test.WithAgentFile(System.Enum.Parse<Kei.Agents.AgentFileKind>(kind), path, text);
        }

        var diagnostics = await test.WithActiveAgent("code-implementer").VerifyAnalyzerAsync();
        Assert.EndsWith("spans 26 lines; the limit is 25", diagnostics.Single().GetMessage(CultureInfo.InvariantCulture));
    }
}
