using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>
/// KEI002's syntactic shortcut: each case states whether the shortcut settles the write ("covered", no graph built)
/// and what the rule reports; a write the shortcut covers must never be one the graph would report.
/// </summary>
public sealed class CommitFollowsInBlockTests
{
    [Theory]
    [InlineData(true, "await v.WriteTextAsync(\"a\", t); await v.CommitAsync();")]
    [InlineData(true, "await v.WriteTextAsync(\"a\", t); await v.CommitAsync().ConfigureAwait(false);")]
    [InlineData(true, "for (int i = 0; i < 3; i++) { if (i == 1) { await v.WriteTextAsync(\"a\", t); } } await v.CommitAsync();")]
    [InlineData(true, "for (int i = 0; i < 3; i++) { await v.WriteTextAsync(\"a\", t); if (stop) break; } await v.CommitAsync();")]
    [InlineData(true, "switch (t) { case \"x\": await v.WriteTextAsync(\"a\", t); break; } await v.CommitAsync();")]
    [InlineData(true, "await v.WriteTextAsync(\"a\", t); if (stop) throw new InvalidOperationException(); await v.CommitAsync();")]
    [InlineData(true, "await v.WriteTextAsync(\"a\", t); Func<int> f = () => { return 1; }; await v.CommitAsync();")]
    [InlineData(true, "await v.WriteTextAsync(\"a\", t); await other.CommitAsync(); await v.CommitAsync();")]
    [InlineData(true, "Func<Task> f = async () => { await v.WriteTextAsync(\"a\", t); await v.CommitAsync(); }; await f();")]
    [InlineData(false, "await [|v.WriteTextAsync(\"a\", t)|]; if (stop) return; await v.CommitAsync();")]
    [InlineData(false, "for (int i = 0; i < 3; i++) { await [|v.WriteTextAsync(\"a\", t)|]; if (stop) break; await v.CommitAsync(); }")]
    [InlineData(false, "for (int i = 0; i < 3; i++) { await [|v.WriteTextAsync(\"a\", t)|]; if (stop) continue; await v.CommitAsync(); }")]
    [InlineData(false, "await [|v.WriteTextAsync(\"a\", t)|]; if (stop) goto end; await v.CommitAsync(); end: ;")]
    [InlineData(false, "await [|v.WriteTextAsync(\"a\", t)|]; await other.CommitAsync();")]
    [InlineData(false, "Func<Task> f = async () => { await [|v.WriteTextAsync(\"a\", t)|]; }; await v.CommitAsync();")]
    [InlineData(false, "if (stop) { await [|v.WriteTextAsync(\"a\", t)|]; } else { await v.CommitAsync(); }")]
    [InlineData(false, "await v.WriteTextAsync(\"a\", t); if (stop) { await v.CommitAsync(); } else { await v.CommitAsync(CancellationToken.None); }")]
    public async Task The_shortcut_settles_only_writes_the_graph_would_pass(bool covered, string body)
    {
        KeiTest test = Test(body);
        await test.VerifyAnalyzerAsync();
        Assert.Equal(covered, await CoversAsync(test));
    }

    [Fact]
    public async Task A_yield_break_between_write_and_commit_goes_to_the_graph()
    {
        KeiTest test = LauncherTest.Source(new VolumeCommitAnalyzer(), """
            class Job
            {
                IEnumerable<int> Steps(Volume v, bool stop)
                {
                    [|v.WriteTextAsync("a", "t")|];
                    if (stop) yield break;
                    v.CommitAsync();
                    yield return 1;
                }
            }
            """);
        await test.VerifyAnalyzerAsync();
        Assert.False(await CoversAsync(test));
    }

    private static KeiTest Test(string body)
        => LauncherTest.Source(new VolumeCommitAnalyzer(), "class Job\n{\n    async Task Save(Volume v, Volume other, string t, bool stop)\n    {\n        " + body + "\n    }\n}\n");

    /// <summary>The shortcut's answer for the first write of the test's source.</summary>
    private static async Task<bool> CoversAsync(KeiTest test)
    {
        Compilation compilation = (await (await test.BuildProjectAsync()).GetCompilationAsync(TestContext.Current.CancellationToken))!;
        RuntimeTypes types = RuntimeTypes.TryLoad(compilation)!;
        var calls = new VolumeCalls(types.Volume!, types.VolumeWriteAttribute);
        SyntaxTree tree = compilation.SyntaxTrees.First();
        SemanticModel model = compilation.GetSemanticModel(tree);
        IInvocationOperation write = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(node => model.GetOperation(node)).OfType<IInvocationOperation>()
            .First(invocation => calls.IsWrite(invocation.TargetMethod));
        return CommitFollowsInBlock.Covers(write, calls);
    }
}
