using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit.Sdk;

namespace Kei.Analyzers.Tests.HarnessTests;

public sealed class HarnessBehaviourTests
{
    [Fact]
    public void ReferencesComeFromTheSdkReferencePack()
    {
        Assert.Contains(Path.Combine("packs", "Microsoft.NETCore.App.Ref"), ReferenceAssemblies.PackFolder);
        Assert.Contains(ReferenceAssemblies.NetCoreApp, r => Path.GetFileName(r.Display) == "System.Runtime.dll");
    }

    [Fact]
    public async Task MatchingMarkupPasses()
        => await new KeiTest(new BadNameAnalyzer()).WithSource("class C { void [|BadOne|]() { } void Fine() { } }").VerifyAnalyzerAsync();

    [Fact]
    public async Task MissingAndUnexpectedDiagnosticsFailWithADiff()
    {
        var test = new KeiTest(new BadNameAnalyzer()).WithSource("class C { void BadOne() { } void [|Fine|]() { } }");
        var failure = await Assert.ThrowsAsync<FailException>(() => test.VerifyAnalyzerAsync());
        Assert.Contains("- TST001 Test0.cs(1,34)-(1,38) [|Fine|]", failure.Message);
        Assert.Contains("+ TST001 Test0.cs(1,16)-(1,22) [|BadOne|] — Method 'BadOne' has a bad name", failure.Message);
    }

    [Fact]
    public async Task AThrowingAnalyzerFailsTheTest()
    {
        var test = new KeiTest(new ThrowingAnalyzer()).WithSource("class C { }");
        var failure = await Assert.ThrowsAsync<FailException>(() => test.VerifyAnalyzerAsync());
        Assert.Contains("boom from the test analyzer", failure.Message);
    }

    [Fact]
    public async Task CompileErrorsFailUnlessAllowed()
    {
        await Assert.ThrowsAsync<FailException>(() => new KeiTest(new BadNameAnalyzer()).WithSource("class C { void [|Bad|]( }").VerifyAnalyzerAsync());
        await new KeiTest(new BadNameAnalyzer()).WithSource("class C { void [|Bad|]( }").AllowingCompilerErrors().VerifyAnalyzerAsync();
    }

    [Fact]
    public async Task CodeFixIsAppliedUntilNothingIsLeft()
        => await new KeiTest(new BadNameAnalyzer())
            .WithSource("class C { void [|BadA|]() { } void [|BadB|]() { } }")
            .VerifyCodeFixAsync(new BadNameCodeFix(), "class C { void GoodA() { } void GoodB() { } }");

    [Theory]
    [InlineData(FixAllScope.Document, "class D { void BadC() { } }")]
    [InlineData(FixAllScope.Project, "class D { void GoodC() { } }")]
    [InlineData(FixAllScope.Solution, "class D { void GoodC() { } }")]
    public async Task FixAllCoversItsScope(FixAllScope scope, string secondFixed)
    {
        var test = new KeiTest(new BadNameAnalyzer())
            .WithSource("class C { void [|BadA|]() { } void [|BadB|]() { } }")
            .WithSource("class D { void [|BadC|]() { } }");
        string secondMarkup = scope == FixAllScope.Document ? "class D { void [|BadC|]() { } }" : secondFixed;
        await test.VerifyFixAllAsync(new BadNameCodeFix(), scope, "class C { void GoodA() { } void GoodB() { } }", secondMarkup);
    }

    [Fact]
    public async Task AWrongFixedSourceFails()
    {
        var test = new KeiTest(new BadNameAnalyzer()).WithSource("class C { void [|BadA|]() { } }");
        await Assert.ThrowsAnyAsync<XunitException>(() => test.VerifyCodeFixAsync(new BadNameCodeFix(), "class C { void BadA() { } }"));
    }

    [Fact]
    public async Task TreeOptionsReachOnlyTheirFile()
    {
        var provider = new TestAnalyzerConfigOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.KeiAgent"] = "a" },
            new System.Collections.Generic.Dictionary<string, string> { ["kei_x"] = "1" },
            new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>
            {
                ["B.cs"] = new System.Collections.Generic.Dictionary<string, string> { ["kei_x"] = "2" },
            });
        var a = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class A { }", path: "A.cs", cancellationToken: TestContext.Current.CancellationToken);
        var b = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class B { }", path: "B.cs", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(provider.GetOptions(a).TryGetValue("KEI_X", out string? x) && x == "1");
        Assert.True(provider.GetOptions(b).TryGetValue("kei_x", out string? y) && y == "2");
        Assert.True(provider.GetOptions(b).TryGetValue("build_property.KeiAgent", out string? agent) && agent == "a");
        await Task.CompletedTask;
    }
}
