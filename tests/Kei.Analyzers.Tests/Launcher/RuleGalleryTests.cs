using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>
/// samples/RuleGallery: every launcher and adapter rule fires exactly where a trailing <c>// KEI0xx</c> comment marks
/// the line its diagnostic starts on, and nowhere else (README.md there describes the convention).
/// </summary>
public sealed partial class RuleGalleryTests
{
    private const string Gallery = "samples/RuleGallery";

    [Fact]
    public async Task Every_rule_fires_exactly_where_the_gallery_marks_it()
    {
        string[] files = GalleryFiles();
        KeiTest test = GalleryTest();
        await AssertCompilesAsync(test);
        DiagnosticLines actual = new(await test.VerifyNoAnalyzerFailureAsync());
        string[] expected = files.SelectMany(Marks).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual.Keys);
    }

    [Fact]
    public async Task Every_gallery_diagnostic_is_local()
    {
        KeiTest test = GalleryTest();
        Assert.Empty((await DiagnosticLocality.NonLocalAsync(test)).Select(d => d.ToString()));
    }

    [Fact]
    public void The_gallery_marks_every_launcher_and_adapter_rule()
    {
        string[] marked = GalleryFiles().SelectMany(Marks).Select(m => m.Split(' ')[^1]).Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] rules = AnalyzerCatalog.All.Where(IsLauncherOrAdapterRule).SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(18, rules.Length);
        Assert.Equal(rules, marked);
    }

    [Fact]
    public void Gallery_files_stay_small_with_one_type_each()
    {
        foreach (string file in GalleryFiles())
        {
            string text = File.ReadAllText(file);
            Assert.True(text.Count(c => c == '\n') <= 200, file + " is over 200 lines");
            Assert.Single(CSharpSyntaxTree.ParseText(text, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>());
        }
    }

    /// <summary>The gallery's files with every launcher and adapter rule and Kei.Runtime, compiled as the sample's executable.</summary>
    private static KeiTest GalleryTest()
    {
        var test = LauncherTest.Create([.. AnalyzerCatalog.All.Where(IsLauncherOrAdapterRule)]);
        test.OutputKind = OutputKind.ConsoleApplication;
        foreach (string file in GalleryFiles())
        {
            test.WithPlainSource(File.ReadAllText(file), RepositoryFiles.Relative(file));
        }

        return test;
    }

    private static bool IsLauncherOrAdapterRule(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer)
        => analyzer.SupportedDiagnostics.All(d => d.Id.StartsWith("KEI0", StringComparison.Ordinal));

    private static string[] GalleryFiles()
        => Directory.GetFiles(RepositoryFiles.PathOf(Gallery), "*.cs", SearchOption.AllDirectories)
            .Where(f => !RepositoryFiles.Relative(f).Contains("/obj/", StringComparison.Ordinal) && !RepositoryFiles.Relative(f).Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>"path:line id" for each id of a trailing <c>// KEI001 KEI009</c> comment.</summary>
    private static IEnumerable<string> Marks(string file)
    {
        string[] lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            Match mark = MarkPattern().Match(lines[i]);
            foreach (Capture id in mark.Groups["id"].Captures)
            {
                yield return RepositoryFiles.Relative(file) + ":" + (i + 1) + " " + id.Value;
            }
        }
    }

    /// <summary>The gallery compiles but for the KEI diagnostics: a compile error would hide what the rules see.</summary>
    private static async Task AssertCompilesAsync(KeiTest test)
    {
        Compilation compilation = (await (await test.BuildProjectAsync()).GetCompilationAsync(TestContext.Current.CancellationToken))!;
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [GeneratedRegex(@"//\s*(?:(?<id>KEI0\d\d)\b[ ,]*)+")]
    private static partial Regex MarkPattern();

    /// <summary>Diagnostics reduced to "path:line id", sorted, for an exact comparison with the marks.</summary>
    private sealed class DiagnosticLines(IEnumerable<Diagnostic> diagnostics)
    {
        public string[] Keys { get; } = diagnostics
            .Select(d => KeiTestState.RelativePath(d.Location.SourceTree!.FilePath) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + " " + d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
