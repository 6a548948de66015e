using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>An expected or actual diagnostic reduced to what tests compare: file, span, id.</summary>
public sealed record DiagnosticKey(string Path, TextSpan Span, string Id);

/// <summary>A <see cref="KeiTest"/> frozen for one run: parsed markup, options, references.</summary>
internal sealed class TestInputs
{
    private TestInputs(KeiTest test)
    {
        Analyzers = test.Analyzers;
        CheckedIds = test.SupportedIds.ToImmutableHashSet(StringComparer.Ordinal);
        DefaultId = test.DefaultDiagnosticId ?? (CheckedIds.Count == 1 ? CheckedIds.Single() : null);
        Sources = test.Sources.Select(s => (s.Path, TestMarkup.Parse(s.Markup))).ToImmutableArray();
        References = ReferenceAssemblies.NetCoreApp.AddRange(test.References);
        ParseOptions = new CSharpParseOptions(test.LanguageVersion);
        CompilationOptions = new CSharpCompilationOptions(test.OutputKind, nullableContextOptions: NullableContextOptions.Enable);
        AllowCompilerErrors = test.AllowCompilerErrors;
        var byPath = test.OptionsByPath.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
        var provider = new TestAnalyzerConfigOptionsProvider(test.GlobalOptions, test.EditorConfig, byPath);
        Options = new AnalyzerOptions([.. test.AdditionalFiles.Cast<AdditionalText>()], provider);
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableHashSet<string> CheckedIds { get; }

    public string? DefaultId { get; }

    public ImmutableArray<(string Path, TestMarkup Markup)> Sources { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public CSharpParseOptions ParseOptions { get; }

    public CSharpCompilationOptions CompilationOptions { get; }

    public AnalyzerOptions Options { get; }

    public bool AllowCompilerErrors { get; private set; }

    public static TestInputs From(KeiTest test) => test.Sources.Count > 0 ? new TestInputs(test) : throw new InvalidOperationException("The test has no sources.");

    /// <summary>The same inputs, tolerating compile errors (for the intermediate states of code fixes).</summary>
    public TestInputs WithCompilerErrorsAllowed()
    {
        var copy = (TestInputs)MemberwiseClone();
        copy.AllowCompilerErrors = true;
        return copy;
    }

    public Compilation CreateCompilation()
    {
        IEnumerable<SyntaxTree> trees = Sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Markup.Text, Encoding.UTF8), ParseOptions, s.Path));
        return CSharpCompilation.Create("TestProject", trees, References, CompilationOptions);
    }

    public IReadOnlyList<DiagnosticKey> ExpectedDiagnostics() => Expected(Sources);

    public IReadOnlyList<DiagnosticKey> Expected(IEnumerable<(string Path, TestMarkup Markup)> sources)
        => sources.SelectMany(s => s.Markup.Spans.Select(span => new DiagnosticKey(s.Path, span.Span, span.Id ?? DefaultIdOrThrow()))).ToList();

    /// <summary>A solution with one project holding the sources, for code fixes.</summary>
    public Solution CreateSolution(Workspace workspace)
    {
        ProjectId projectId = ProjectId.CreateNewId("TestProject");
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Create(), "TestProject", "TestProject", LanguageNames.CSharp,
            compilationOptions: CompilationOptions, parseOptions: ParseOptions, metadataReferences: References));
        foreach ((string path, TestMarkup markup) in Sources)
        {
            DocumentId id = DocumentId.CreateNewId(projectId, path);
            solution = solution.AddDocument(id, System.IO.Path.GetFileName(path), SourceText.From(markup.Text, Encoding.UTF8), filePath: path);
        }

        return solution;
    }

    private string DefaultIdOrThrow()
        => DefaultId ?? throw new InvalidOperationException("'[|...|]' needs KeiTest.DefaultDiagnosticId when the analyzers support several ids; or write '{|ID:...|}'.");
}
