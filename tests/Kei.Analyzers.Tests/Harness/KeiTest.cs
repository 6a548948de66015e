using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// One analyzer (or code-fix) test: sources with markup, AdditionalFiles (agent files carry <c>KeiKind</c>),
/// global options (<c>build_property.KeiAgent</c>) and <c>.editorconfig</c> keys. Verification compares the
/// diagnostics of the analyzers under test with the markup exactly, and fails when an analyzer throws.
/// </summary>
/// <example><code>
/// await new KeiTest(new FunctionLinesAnalyzer()).WithSource("class C { void [|M|]() { ... } }").VerifyAnalyzerAsync();
/// </code></example>
public sealed class KeiTest(params DiagnosticAnalyzer[] analyzers)
{
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [.. analyzers];

    /// <summary>Source paths and markup; paths default to <c>Test0.cs</c>, <c>Test1.cs</c>, ...</summary>
    public List<(string Path, string Markup)> Sources { get; } = [];

    public List<TestAdditionalText> AdditionalFiles { get; } = [];

    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>.editorconfig keys that apply to every source.</summary>
    public Dictionary<string, string> EditorConfig { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys for one source or additional file, by path (additional file metadata goes here too).</summary>
    public Dictionary<string, Dictionary<string, string>> OptionsByPath { get; } = new(StringComparer.Ordinal);

    /// <summary>References beyond the reference pack, e.g. the Kei.Runtime assembly for launcher rules.</summary>
    public List<MetadataReference> References { get; } = [];

    /// <summary>Compiler errors in the sources fail the test unless this is set (incomplete-code tests set it).</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>The id of <c>[|...|]</c> spans; by default the only id the analyzers under test support.</summary>
    public string? DefaultDiagnosticId { get; set; }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>A library by default; top-level statements need <see cref="OutputKind.ConsoleApplication"/>.</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public KeiTest WithSource(string markup, string? path = null)
    {
        Sources.Add((path ?? "Test" + Sources.Count + ".cs", markup));
        return this;
    }

    /// <summary>A source taken as it is, without markup (real files may contain <c>[|</c> or <c>|}</c>).</summary>
    public KeiTest WithPlainSource(string text, string path)
    {
        Sources.Add((path, TestMarkup.PlainPrefix + text));
        return this;
    }

    public KeiTest WithAdditionalFile(string path, string text, params (string Key, string Value)[] metadata)
    {
        AdditionalFiles.Add(new TestAdditionalText(path, text));
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
        References.Add(MetadataReference.CreateFromFile(assembly.Location));
        return this;
    }

    public KeiTest AllowingCompilerErrors()
    {
        AllowCompilerErrors = true;
        return this;
    }

    /// <summary>Runs the analyzers and asserts the diagnostics equal the markup; returns them for message checks.</summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyAnalyzerAsync()
    {
        TestInputs inputs = TestInputs.From(this);
        Compilation compilation = inputs.CreateCompilation();
        ImmutableArray<Diagnostic> actual = await AnalyzerRunner.RunAsync(compilation, inputs, TestContext.Current.CancellationToken);
        DiagnosticDiff.AssertSame(inputs.ExpectedDiagnostics(), actual, compilation);
        return actual;
    }

    /// <summary>
    /// Runs the analyzers on sources that may not compile and asserts only that no analyzer threw (code as it is
    /// being typed); returns the diagnostics without comparing them.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyNoAnalyzerFailureAsync()
    {
        AllowCompilerErrors = true;
        TestInputs inputs = TestInputs.From(this);
        return await AnalyzerRunner.RunAsync(inputs.CreateCompilation(), inputs, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Applies the provider's first fix to the first fixable diagnostic until none is left, then compares the sources
    /// with <paramref name="fixedSources"/> (markup in them names diagnostics that must remain).
    /// </summary>
    public Task VerifyCodeFixAsync(CodeFixProvider provider, params string[] fixedSources)
        => new CodeFixRunner(TestInputs.From(this), provider).VerifyIterativeAsync(fixedSources);

    /// <summary>Fixes every diagnostic in <paramref name="scope"/> at once through the provider's FixAllProvider.</summary>
    public Task VerifyFixAllAsync(CodeFixProvider provider, FixAllScope scope, params string[] fixedSources)
        => new CodeFixRunner(TestInputs.From(this), provider).VerifyFixAllAsync(scope, fixedSources);

    internal IEnumerable<string> SupportedIds => Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct();

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
