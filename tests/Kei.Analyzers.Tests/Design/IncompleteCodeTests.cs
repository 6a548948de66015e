using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Design;

/// <summary>No KEI1xx analyzer throws on code as it is being typed.</summary>
public sealed class IncompleteCodeTests
{
    private static DiagnosticAnalyzer[] All() =>
        [new FileLinesAnalyzer(), new FunctionLinesAnalyzer(), new OneTopLevelTypeAnalyzer(), new DeferredRefactorCommentAnalyzer()];

    [Theory]
    [InlineData("")]
    [InlineData("class")]
    [InlineData("class C {")]
    [InlineData("class C { void M() {")]
    [InlineData("class C { void (")]
    [InlineData("class C { int P { get")]
    [InlineData("class C { int this[")]
    [InlineData("class C { public static C operator")]
    [InlineData("class C { public static implicit operator")]
    [InlineData("class C { ~")]
    [InlineData("class C { event System.Action E { add")]
    [InlineData("class C { System.Action a = () =>")]
    [InlineData("class C { System.Action a = delegate")]
    [InlineData("class C { void M() { int L(")]
    [InlineData("namespace")]
    [InlineData("namespace N; class")]
    [InlineData("partial class A { } partial class")]
    [InlineData("delegate")]
    [InlineData("enum { ")]
    [InlineData("/* TODO: refactor later")]
    [InlineData("/// TODO: refactor later <summary")]
    [InlineData("#if X\n// TODO refactor\n")]
    [InlineData("}}}}]]))")]
    public async Task FragmentsDoNotMakeAnAnalyzerThrow(string fragment)
        => await new KeiTest(All()).WithSource(fragment).WithEditorConfig("kei_max_function_lines", "1").VerifyNoAnalyzerFailureAsync();

    [Fact]
    public async Task RealFilesCutAtManyPointsDoNotMakeAnAnalyzerThrow()
    {
        var test = new KeiTest(All()).WithEditorConfig("kei_max_function_lines", "2").WithEditorConfig("kei_max_file_lines", "5");
        string[] files = Directory.GetFiles(RepositoryFiles.PathOf("src/Kei.Analyzers/Design"), "*.cs").OrderBy(f => f).ToArray();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            for (int cut = 0; cut < text.Length; cut += 97)
            {
                test.WithSource(text[..cut], Path.GetFileNameWithoutExtension(file) + "_" + cut + ".cs");
            }
        }

        var diagnostics = await test.VerifyNoAnalyzerFailureAsync();
        Assert.Contains(diagnostics, d => d.Id == "KEI101");
    }

    /// <summary>Every shipped analyzer (launcher and adapter rules too) over every file of src/ cut at seeded random points.</summary>
    [Fact]
    public async Task EveryAnalyzerSurvivesTheSourcesOfSrcCutAtRandomPoints()
    {
        var random = new System.Random(20261121);
        var test = new KeiTest([.. Infrastructure.AnalyzerCatalog.All]);
        string src = RepositoryFiles.PathOf("src");
        foreach (string file in Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories).Where(IsSource).Order())
        {
            string text = File.ReadAllText(file);
            for (int i = 0; i < 2; i++)
            {
                int cut = random.Next(text.Length + 1);
                test.WithPlainSource(text[..cut], RepositoryFiles.Relative(file) + "." + i + ".cs");
            }
        }

        await test.VerifyNoAnalyzerFailureAsync();
    }

    private static bool IsSource(string path) => !RepositoryFiles.Relative(path).Split('/').Any(part => part is "obj" or "bin");
}
