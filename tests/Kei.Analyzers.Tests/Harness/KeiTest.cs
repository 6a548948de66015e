using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// One analyzer (or code-fix) test, described the way the build feeds the compiler: sources with markup, agent files
/// as AdditionalFiles with <c>KeiKind</c> metadata, <c>build_property.*</c> global options and <c>.editorconfig</c>
/// keys. Verification runs on the official testing packages (<see cref="KeiAnalyzerTest"/>,
/// <see cref="KeiCodeFixTest"/>): this class only collects the configuration and hands it to them.
/// </summary>
/// <example><code>
/// await new KeiTest(new FunctionLinesAnalyzer()).WithSource("class C { void [|M|]() { ... } }").VerifyAnalyzerAsync();
/// </code></example>
public sealed class KeiTest(params DiagnosticAnalyzer[] analyzers)
{
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [.. analyzers];

    /// <summary>Source paths (relative to the test project) and markup; paths default to <c>Test0.cs</c>, <c>Test1.cs</c>, ...</summary>
    public List<(string Path, string Markup)> Sources { get; } = [];

    /// <summary>The paths of <see cref="Sources"/> taken as they are, without markup processing.</summary>
    public HashSet<string> PlainSourcePaths { get; } = new(StringComparer.Ordinal);

    public List<(string Path, string Text)> AdditionalFiles { get; } = [];

    /// <summary>Global analyzer options, e.g. <c>build_property.KeiAgent</c> (written to a <c>.globalconfig</c>).</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>.editorconfig keys that apply to every file (the <c>[*]</c> section).</summary>
    public Dictionary<string, string> EditorConfig { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys for one source or additional file, by path (additional file metadata goes here too).</summary>
    public Dictionary<string, Dictionary<string, string>> OptionsByPath { get; } = new(StringComparer.Ordinal);

    /// <summary>References beside the net10.0 reference assemblies, e.g. the Kei.Runtime assembly for launcher rules.</summary>
    public List<MetadataReference> References { get; } = [];

    /// <summary>Expected diagnostics besides the markup: <see cref="Diagnostic"/> results with messages, for instance.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    /// <summary>Compiler errors in the sources fail the test unless this is set (incomplete-code tests set it).</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>The id of <c>[|...|]</c> spans; by default the only id the analyzers under test support.</summary>
    public string? DefaultDiagnosticId { get; set; }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>A library by default; top-level statements need <see cref="OutputKind.ConsoleApplication"/>.</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>An expected diagnostic of a catalog rule, to complete with a location (<c>{|#0:...|}</c>) and a message.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(KeiDescriptors.Create(id));

    public KeiTest WithSource(string markup, string? path = null)
    {
        Sources.Add((path ?? "Test" + Sources.Count + ".cs", markup));
        return this;
    }

    /// <summary>A source taken as it is, without markup (real files may contain <c>[|</c> or <c>|}</c>).</summary>
    public KeiTest WithPlainSource(string text, string path)
    {
        Sources.Add((path, text));
        PlainSourcePaths.Add(path);
        return this;
    }

    public KeiTest WithAdditionalFile(string path, string text, params (string Key, string Value)[] metadata)
    {
        AdditionalFiles.Add((path, text));
        foreach ((string key, string value) in metadata)
        {
            OptionsFor(path)[key] = value;
        }

        return this;
    }

    /// <summary>An agent file as the build passes it: an AdditionalFiles item with <c>KeiKind</c> metadata.</summary>
    public KeiTest WithAgentFile(AgentFileKind kind, string path, string text)
        => WithAdditionalFile(path, text, (KeiBuildNames.KindMetadata, kind.ToString()));

    public KeiTest WithActiveAgent(string name) => WithGlobalOption(KeiBuildNames.ActiveAgentProperty, name);

    public KeiTest WithGlobalOption(string key, string value)
    {
        GlobalOptions[key] = value;
        return this;
    }

    public KeiTest WithEditorConfig(string key, string value)
    {
        EditorConfig[key] = value;
        return this;
    }

    public KeiTest WithEditorConfig(string path, string key, string value)
    {
        OptionsFor(path)[key] = value;
        return this;
    }

    public KeiTest WithReference(Assembly assembly)
    {
        References.Add(NetReferences.Of(assembly));
        return this;
    }

    public KeiTest WithExpected(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    public KeiTest AllowingCompilerErrors()
    {
        AllowCompilerErrors = true;
        return this;
    }

    /// <summary>
    /// Runs the analyzers and asserts the diagnostics equal the markup and <see cref="ExpectedDiagnostics"/> (and that no
    /// analyzer threw: AD0001 is an unexpected error); returns the analyzers' diagnostics.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyAnalyzerAsync()
    {
        var test = new KeiAnalyzerTest(this);
        await test.RunAsync(TestContext.Current.CancellationToken);
        return test.Reported;
    }

    /// <summary>
    /// Runs the analyzers on sources that may not compile and asserts only that no analyzer threw (code as it is
    /// being typed); returns the diagnostics without comparing them.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyNoAnalyzerFailureAsync()
    {
        Project project = await BuildProjectAsync();
        Compilation compilation = (await project.GetCompilationAsync(TestContext.Current.CancellationToken))!;
        return await AnalyzerFailures.RunAsync(compilation, Analyzers, project.AnalyzerOptions, Describe());
    }

    /// <summary>
    /// Applies the provider's fixes one by one, and through its FixAllProvider in document, project and solution
    /// scope, and compares each result with <paramref name="fixedSources"/> (markup in them names diagnostics that
    /// remain; the fixed sources must compile).
    /// </summary>
    public Task VerifyCodeFixAsync(CodeFixProvider provider, params string[] fixedSources)
        => new KeiCodeFixTest(this, provider, fixedSources, scope: null).RunAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Fixes the diagnostics through the provider's FixAllProvider in <paramref name="scope"/> only (the document scope
    /// is applied to each document with a fixable diagnostic in turn); fixing one by one must give the same sources.
    /// </summary>
    public Task VerifyFixAllAsync(CodeFixProvider provider, FixAllScope scope, params string[] fixedSources)
        => new KeiCodeFixTest(this, provider, fixedSources, scope).RunAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Gives an official test (<c>CSharpAnalyzerTest&lt;TAnalyzer, DefaultVerifier&gt;</c> and the like) this test's
    /// configuration: sources, agent files, options, references, nullable and language version.
    /// </summary>
    public T ApplyTo<T>(T test)
        where T : AnalyzerTest<DefaultVerifier>
    {
        KeiTestState.Apply(this, test, forVerification: true);
        return test;
    }

    /// <summary>The project the testing packages build for this test (sources, additional files, options, references).</summary>
    internal Task<Project> BuildProjectAsync() => new KeiAnalyzerTest(this, forVerification: false).CreateProjectAsync(TestContext.Current.CancellationToken);

    internal IEnumerable<string> SupportedIds => Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct();

    private string Describe() => Sources.Count == 1 ? Sources[0].Path : Sources.Count + " sources";

    private Dictionary<string, string> OptionsFor(string path)
    {
        if (!OptionsByPath.TryGetValue(path, out Dictionary<string, string>? options))
        {
            options = new Dictionary<string, string>(StringComparer.Ordinal);
            OptionsByPath[path] = options;
        }

        return options;
    }
}
