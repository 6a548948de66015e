using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Agents.Tests;

/// <summary>The emitted policy classes compile against the BCL alone, warning-free, and hold the resolved values.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public void Repository_policy_classes_compile_and_expose_the_parameters()
    {
        Assembly assembly = Compile(AgentFolder.Load(TestPaths.RepositoryRoot), "Kei.Agents");
        Type runner = assembly.GetType("Kei.Agents.ModalRunner", throwOnError: true)!;

        Assert.Equal(30, Constant(assembly, "Kei.Agents.ModalRunner+Params", "MaxFunctionLines"));
        Assert.Equal(5, Constant(assembly, "Kei.Agents.ModalRunner+Params", "MaxRetries"));
        Assert.Equal(2.5m, Constant(assembly, "Kei.Agents.ModalRunner+Params+Gpu+A100_80GB", "UsdPerHour"));
        Assert.Equal(5m, Constant(assembly, "Kei.Agents.ModalRunner+Params", "AutoBelowUsd"));
        Assert.Equal("2026-06-01", Constant(assembly, "Kei.Agents.CostGuardian+Params+Gpu+H100", "Verified"));
        Assert.Equal("modal-runner", runner.GetField("Name")!.GetValue(null));
    }

    [Fact]
    public void Markdown_constant_equals_the_rendered_document()
    {
        AgentSet set = AgentFolder.Load(TestPaths.RepositoryRoot);
        Assembly assembly = Compile(set, "Company.Policies");

        Assert.True(set.TryGetAgent("cost-guardian", out AgentDefinition agent));
        Assert.Equal(agent.Markdown, Constant(assembly, "Company.Policies.CostGuardian", "Markdown"));
        MethodInfo find = assembly.GetType("Company.Policies.AgentCatalog")!.GetMethod("FindMarkdown")!;
        Assert.Equal(agent.Markdown, find.Invoke(null, new object[] { "cost-guardian" }));
        Assert.Null(find.Invoke(null, new object[] { "nobody" }));
    }

    [Fact]
    public void Fixture_classes_compile_with_typed_members()
    {
        Assembly assembly = Compile(AgentFolder.Load(TestPaths.Fixture("basic")), string.Empty);
        Type p = assembly.GetType("AlphaAgent+Params", throwOnError: true)!;

        Assert.Equal(typeof(int), p.GetField("MaxFunctionLines")!.FieldType);
        Assert.Equal(40, p.GetField("MaxFunctionLines")!.GetValue(null));
        Assert.Equal(typeof(long), p.GetField("Big")!.FieldType);
        Assert.Equal(typeof(bool), p.GetField("Strict")!.FieldType);
        Assert.Equal(typeof(double), p.GetField("Ratio")!.FieldType);
        var names = (IReadOnlyList<string>)p.GetProperty("Names")!.GetValue(null)!;
        Assert.Equal(new[] { "a", "b" }, names);
        Assert.Equal(4.25m, Constant(assembly, "AlphaAgent+Params+Gpu+H100", "UsdPerHour"));
        Assert.Equal(typeof(decimal), p.GetField("WarnBelowUsd")!.FieldType);
        var handoffs = (IReadOnlyList<(string Target, string Trigger)>)assembly.GetType("AlphaAgent")!.GetProperty("Handoffs")!.GetValue(null)!;
        Assert.Equal(("beta-agent", "the first part is done"), handoffs.Single());
        var taxonomy = (IReadOnlyDictionary<string, string>)assembly.GetType("AlphaAgent")!.GetProperty("Taxonomy")!.GetValue(null)!;
        Assert.Equal("testing", taxonomy["domain"]);
    }

    private static object? Constant(Assembly assembly, string type, string field)
        => assembly.GetType(type, throwOnError: true)!.GetField(field)!.GetValue(null);

    internal static Assembly Compile(AgentSet set, string @namespace)
    {
        List<SyntaxTree> trees = set.Agents.Where(a => !a.HasErrors)
            .Select(a => PolicyEmitter.EmitAgent(a, @namespace))
            .Append(PolicyEmitter.EmitCatalog(set.Agents, @namespace))
            .Select(g => CSharpSyntaxTree.ParseText(g.Text, new CSharpParseOptions(LanguageVersion.CSharp8), g.FileName))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "Policies" + Guid.NewGuid().ToString("N"), trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Diagnostic[] problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0 && result.Success, string.Join(Environment.NewLine, problems.Select(d => d.ToString())));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>The running runtime's own assemblies: BCL only, nothing downloaded.</summary>
    private static IEnumerable<MetadataReference> References()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll" || Path.GetFileName(p) == "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
}
