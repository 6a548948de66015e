using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The code the analyzer benchmark compiles: the generated launcher corpus plus the repository's own sources, as one
/// compilation against the SDK's reference pack, Kei.Runtime and the packages the real sources use.
/// </summary>
internal sealed class BenchmarkCorpus
{
    /// <summary>Source projects whose dependencies this process carries (Roslyn); Kei.Runtime is referenced as built.</summary>
    private static readonly string[] RealSourceFolders = ["src/Kei.Toml", "src/Kei.Agents", "src/Kei.Analyzers", "src/Kei.Analyzers.CodeFixes"];

    private BenchmarkCorpus(ImmutableArray<SyntaxTree> trees, int generatedFiles)
    {
        Trees = trees;
        GeneratedFiles = generatedFiles;
        Lines = trees.Sum(t => t.GetText().Lines.Count);
        Compilation = CSharpCompilation.Create("Corpus", trees, References(), new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public int GeneratedFiles { get; }

    public int RealFiles => Trees.Length - GeneratedFiles;

    public int Lines { get; }

    /// <summary>Single-threaded (concurrentBuild off), so compile time and analyzer time are the same kind of CPU time.</summary>
    public CSharpCompilation Compilation { get; }

    public static BenchmarkCorpus Create(int generatedFiles, int seed)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var generated = LauncherCorpusGenerator.Generate(generatedFiles, seed)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path, System.Text.Encoding.UTF8));
        var real = RealSourceFolders.SelectMany(folder => RepositoryLayout.SourceFiles(folder))
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, RepositoryLayout.Relative(p), System.Text.Encoding.UTF8));
        return new BenchmarkCorpus([.. generated, .. real], generatedFiles);
    }

    /// <summary>A compilation of the first files only: one pass over it JIT-compiles the compiler and the analyzers cheaply.</summary>
    public CSharpCompilation WarmUpCompilation(int files) => Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Trees.Take(files).Concat(Trees.TakeLast(files)));

    /// <summary>Syntax nodes of one kind over the whole corpus (how many callbacks an operation action of that kind gets).</summary>
    public int CountNodes<TNode>() where TNode : SyntaxNode => Trees.Sum(t => t.GetRoot().DescendantNodes().OfType<TNode>().Count());

    /// <summary>Compiler errors in the corpus (shown with the results: an erroneous corpus would under-state the work).</summary>
    public int ErrorCount() => Compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<string> FirstErrors(int count)
        => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(count).Select(d => d.ToString());

    private static IEnumerable<MetadataReference> References()
    {
        string[] hosted = ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel"];
        IEnumerable<string> extra = hosted.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
            .Append(typeof(Kei.Runtime.GpuFunction).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);
        return ReferenceAssemblies.NetCoreApp.Concat(extra.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)));
    }
}
