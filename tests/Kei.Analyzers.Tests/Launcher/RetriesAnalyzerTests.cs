using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class RetriesAnalyzerTests
{
    private static string Field(string creation) => "class Launch\n{\n    GpuFunction fn = " + creation + ";\n}";

    [Fact]
    public Task Missing_retries_fires_on_new_GpuFunction()
        => LauncherTest.Source(new RetriesAnalyzer(), Field("{|#0:new GpuFunction|} { Name = \"t\", Image = \"i\", Command = new[] { \"x\" } }"))
            .WithExpected(KeiTest.Diagnostic("KEI003").WithLocation(0).WithMessage("GpuFunction is created without Retries; set Retries with MaxRetries between 1 and 10"))
            .VerifyAnalyzerAsync();

    [Fact]
    public Task Retries_null_fires_on_the_assignment()
        => LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("[|Retries = null|]"))).VerifyAnalyzerAsync();

    [Fact]
    public Task MaxRetries_below_the_minimum_fires_on_the_constant()
        => LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("Retries = new Retries(MaxRetries: [|0|])"))).VerifyAnalyzerAsync();

    [Fact]
    public Task MaxRetries_above_the_maximum_fires()
        => LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("Retries = new Retries([|11|], 3.0)"))).VerifyAnalyzerAsync();

    [Fact]
    public Task Bounded_retries_are_silent()
        => LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("Retries = new Retries(MaxRetries: 3)"))).VerifyAnalyzerAsync();

    [Fact]
    public Task Non_constant_retries_are_silent() => LauncherTest.Source(new RetriesAnalyzer(), """
        class Launch
        {
            GpuFunction Make(int n, Retries r) => new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Retries = n > 0 ? r : new Retries(n) };
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task With_expression_setting_null_fires_but_copying_is_silent() => LauncherTest.Source(new RetriesAnalyzer(), """
        class Launch
        {
            GpuFunction Copy(GpuFunction fn) => fn with { Name = "copy" };
            GpuFunction Drop(GpuFunction fn) => fn with { [|Retries = null|] };
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Editorconfig_min_retries_raises_the_bar()
        => LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("Retries = new Retries(MaxRetries: [|2|])")))
            .WithEditorConfig("kei_min_retries", "3").VerifyAnalyzerAsync();

    [Fact]
    public Task Active_agent_max_retries_applies()
        => AgentFixture.WithAgent(
                LauncherTest.Source(new RetriesAnalyzer(), Field(LauncherTest.Function("Retries = new Retries(MaxRetries: [|5|])"))),
                "max_retries = 4")
            .VerifyAnalyzerAsync();

    [Fact]
    public Task A_users_own_GpuFunction_is_silent() => LauncherTest.Source(new RetriesAnalyzer(), """
        namespace Mine { sealed record GpuFunction { public string Name { get; init; } = ""; } }
        class Launch { Mine.GpuFunction fn = new Mine.GpuFunction { Name = "t" }; }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new RetriesAnalyzer(), """
        sealed record GpuFunction { public string Name { get; init; } = ""; }
        class Launch { GpuFunction fn = new GpuFunction { Name = "t" }; }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Source(new RetriesAnalyzer(), """
        class Launch { GpuFunction fn = [|new GpuFunction|] { Name = "t", Retries = new Retries(MaxRetries: ) }
        """.Replace("Retries = new Retries(MaxRetries: )", "Image = ")).AllowingCompilerErrors().VerifyAnalyzerAsync();
}
