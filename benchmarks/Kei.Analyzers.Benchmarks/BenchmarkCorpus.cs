using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The code the analyzer benchmark compiles, as one compilation: the generated launcher corpus plus the repository's
/// own analyzer sources (<see cref="Create"/>), or every C# file of a folder of real code (<see cref="FromFolder"/>),
/// against the references of <see cref="CorpusReferences"/>.
/// </summary>
internal sealed class BenchmarkCorpus
{
    /// <summary>Source projects whose dependencies this process carries (Roslyn); Kei.Runtime is referenced as built.</summary>
    private static readonly string[] RealSourceFolders = ["src/Kei.Toml", "src/Kei.Agents", "src/Kei.Analyzers", "src/Kei.Analyzers.CodeFixes"];

    private BenchmarkCorpus(ImmutableArray<SyntaxTree> trees, int generatedFiles, string source, IEnumerable<MetadataReference> references)
    {
        Trees = trees;
        GeneratedFiles = generatedFiles;
        Source = source;
        Lines = trees.Sum(t => t.GetText().Lines.Count);
        // A corpus whose one program uses top-level statements compiles as that program; any other, as a library.
        OutputKind kind = trees.Count(t => t.GetRoot() is CompilationUnitSyntax { Members: var members } && members.Any(m => m is GlobalStatementSyntax)) == 1
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        Compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(
            kind, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, allowUnsafe: true));
    }

    /// <summary>Where the real files come from (<c>src/</c>, or the folder given).</summary>
    public string Source { get; }

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
        return new BenchmarkCorpus([.. generated, .. real], generatedFiles, "src/", CorpusReferences.ForGeneratedCorpus());
    }

    /// <summary>
    /// Every C# file under <paramref name="folder"/> (build output excluded) as one compilation: real code nobody
    /// wrote for this benchmark. Files a project excludes, conditional compilation and package references are not
    /// read, so some errors remain; they are counted and printed with the results.
    /// </summary>
    /// <param name="implicitUsings">Add the global usings the SDK generates for <c>ImplicitUsings=enable</c>.</param>
    public static BenchmarkCorpus FromFolder(string folder, IReadOnlyList<string> referenceFolders, bool implicitUsings)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: TargetSymbols());
        IEnumerable<SyntaxTree> files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, Path.GetRelativePath(folder, p), System.Text.Encoding.UTF8));
        ImmutableArray<SyntaxTree> trees = [.. files, .. implicitUsings ? [CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.g.cs")] : Array.Empty<SyntaxTree>()];
        return new BenchmarkCorpus(trees, 0, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + "/", CorpusReferences.ForFolder(referenceFolders));
    }

    /// <summary>What Microsoft.NET.Sdk writes into <c>obj/*.GlobalUsings.g.cs</c> for <c>ImplicitUsings=enable</c>.</summary>
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n"
        + "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    /// <summary>The symbols a Release build for .NET 10 defines, so <c>#if NET8_0_OR_GREATER</c> code is compiled as it ships.</summary>
    private static IEnumerable<string> TargetSymbols()
        => new[] { "NET", "NETCOREAPP", "RELEASE", "NET10_0" }
            .Concat(Enumerable.Range(5, 6).Select(major => "NET" + major + "_0_OR_GREATER"))
            .Concat(new[] { "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER" });

    /// <summary>A compilation of the first files only: one pass over it JIT-compiles the compiler and the analyzers cheaply.</summary>
    public CSharpCompilation WarmUpCompilation(int files) => Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Trees.Take(files).Concat(Trees.TakeLast(files)));

    /// <summary>Syntax nodes of one kind over the whole corpus (how many callbacks an operation action of that kind gets).</summary>
    public int CountNodes<TNode>() where TNode : SyntaxNode => Trees.Sum(t => t.GetRoot().DescendantNodes().OfType<TNode>().Count());

    /// <summary>Compiler errors in the corpus (shown with the results: an erroneous corpus would under-state the work).</summary>
    public int ErrorCount() => Compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<string> FirstErrors(int count)
        => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(count).Select(d => d.ToString());
}
