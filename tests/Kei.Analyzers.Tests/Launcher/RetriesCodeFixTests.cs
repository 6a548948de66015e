using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class RetriesCodeFixTests
{
    private const string U = LauncherTest.Usings;

    [Fact]
    public Task Adds_retries_on_its_own_line_in_a_multi_line_initializer() => LauncherTest.Create(new RetriesAnalyzer()).WithSource(U + """
        class Launch
        {
            GpuFunction fn = [|new GpuFunction|]
            {
                Name = "train",
                Image = "img", // the image
                Command = new[] { "python" } // argv
            };
        }
        """).VerifyCodeFixAsync(new RetriesCodeFixProvider(), U + """
        class Launch
        {
            GpuFunction fn = new GpuFunction
            {
                Name = "train",
                Image = "img", // the image
                Command = new[] { "python" }, // argv
                Retries = new Retries(MaxRetries: 1)
            };
        }
        """);

    [Fact]
    public Task Adds_retries_after_a_trailing_comma_and_on_one_line() => LauncherTest.Create(new RetriesAnalyzer()).WithSource(U + """
        class Launch
        {
            GpuFunction a = [|new GpuFunction|]
            {
                Name = "a",
                Image = "i",
                Command = new[] { "x" },
            };
            GpuFunction b = [|new GpuFunction|] { Name = "b", Image = "i", Command = new[] { "x" } };
        }
        """).WithEditorConfig("kei_min_retries", "2").VerifyCodeFixAsync(new RetriesCodeFixProvider(), U + """
        class Launch
        {
            GpuFunction a = new GpuFunction
            {
                Name = "a",
                Image = "i",
                Command = new[] { "x" },
                Retries = new Retries(MaxRetries: 2),
            };
            GpuFunction b = new GpuFunction { Name = "b", Image = "i", Command = new[] { "x" }, Retries = new Retries(MaxRetries: 2) };
        }
        """);

    [Fact]
    public Task Replaces_null_and_out_of_range_constants() => LauncherTest.Create(new RetriesAnalyzer()).WithSource(U + """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, [|Retries = null|] };
            GpuFunction b = new GpuFunction { Name = "b", Image = "i", Command = new[] { "x" }, Retries = new Retries(MaxRetries: [|0|]) };
            GpuFunction c = new GpuFunction { Name = "c", Image = "i", Command = new[] { "x" }, Retries = new Retries([|50|], 2.0) };
        }
        """).VerifyCodeFixAsync(new RetriesCodeFixProvider(), U + """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, Retries = new Retries(MaxRetries: 1) };
            GpuFunction b = new GpuFunction { Name = "b", Image = "i", Command = new[] { "x" }, Retries = new Retries(MaxRetries: 1) };
            GpuFunction c = new GpuFunction { Name = "c", Image = "i", Command = new[] { "x" }, Retries = new Retries(10, 2.0) };
        }
        """);

    [Fact]
    public Task Without_a_using_the_name_stays_qualified() => LauncherTest.Create(new RetriesAnalyzer()).WithSource("""
        class Launch { Kei.Runtime.GpuFunction fn = [|new Kei.Runtime.GpuFunction|] { Name = "a", Image = "i", Command = new[] { "x" } }; }
        """).VerifyCodeFixAsync(new RetriesCodeFixProvider(), """
        class Launch { Kei.Runtime.GpuFunction fn = new Kei.Runtime.GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, Retries = new Kei.Runtime.Retries(MaxRetries: 1) }; }
        """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task Fix_all(FixAllScope scope) => LauncherTest.Create(new RetriesAnalyzer())
        .WithSource(U + "class A { GpuFunction a = [|new GpuFunction|] { Name = \"a\", Image = \"i\", Command = new[] { \"x\" } }; GpuFunction b = new GpuFunction { Name = \"b\", Image = \"i\", Command = new[] { \"x\" }, [|Retries = null|] }; }")
        .WithSource(U + "class B { GpuFunction a = [|new GpuFunction|] { Name = \"a\", Image = \"i\", Command = new[] { \"x\" } }; }")
        .VerifyFixAllAsync(
            new RetriesCodeFixProvider(),
            scope,
            U + "class A { GpuFunction a = new GpuFunction { Name = \"a\", Image = \"i\", Command = new[] { \"x\" }, Retries = new Retries(MaxRetries: 1) }; GpuFunction b = new GpuFunction { Name = \"b\", Image = \"i\", Command = new[] { \"x\" }, Retries = new Retries(MaxRetries: 1) }; }",
            U + "class B { GpuFunction a = new GpuFunction { Name = \"a\", Image = \"i\", Command = new[] { \"x\" }, Retries = new Retries(MaxRetries: 1) }; }");
}
