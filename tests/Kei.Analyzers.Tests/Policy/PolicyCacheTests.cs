using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kei.Agents;
using Kei.Analyzers.Policy;
using Kei.Analyzers.Shared;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>Agent files are parsed once per distinct content, whatever the number of compilations.</summary>
public sealed class PolicyCacheTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "C.cs");

    internal static AnalyzerOptions Options(IEnumerable<AgentFixtureFile> files, string? agent, Dictionary<string, string>? editorConfig = null)
    {
        var byPath = files.DistinctBy(f => f.Path).ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KeiBuildNames.KindMetadata] = f.Kind.ToString() });
        var global = agent == null ? new Dictionary<string, string>() : new Dictionary<string, string> { [KeiBuildNames.ActiveAgentProperty] = agent };
        var provider = new TestAnalyzerConfigOptionsProvider(global, editorConfig ?? new Dictionary<string, string>(), byPath);
        return new AnalyzerOptions([.. files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text))], provider);
    }

    private static AgentSetCache NewCache(int capacity = 4) => new(capacity, files => AgentSetLoader.Load(files));

    [Fact]
    public void EqualContentInNewCompilationsIsLoadedOnce()
    {
        AgentSetCache cache = NewCache();
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 20");
        KeiPolicy first = KeiPolicyProvider.Create(Options(files, "trainer"), cache, CancellationToken.None);
        KeiPolicy second = KeiPolicyProvider.Create(Options(files, "trainer"), cache, CancellationToken.None);
        Assert.Equal(1, cache.LoadCount);
        Assert.Equal(20, first.GetInt(Tree, "max_function_lines", 30));
        Assert.Equal(20, second.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public void ChangedContentIsLoadedAgain()
    {
        AgentSetCache cache = NewCache();
        KeiPolicyProvider.Create(Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"), "trainer"), cache, CancellationToken.None);
        KeiPolicy changed = KeiPolicyProvider.Create(Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 25"), "trainer"), cache, CancellationToken.None);
        Assert.Equal(2, cache.LoadCount);
        Assert.Equal(25, changed.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public void WithoutKeiAgentNothingIsParsed()
    {
        AgentSetCache cache = NewCache();
        KeiPolicy policy = KeiPolicyProvider.Create(Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"), null), cache, CancellationToken.None);
        Assert.Equal(0, cache.LoadCount);
        Assert.Null(policy.ActiveAgent);
        Assert.Equal(30, policy.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public void TheCacheIsBoundedAndEvictsTheLeastRecentlyUsed()
    {
        int loads = 0;
        var cache = new AgentSetCache(2, _ =>
        {
            loads++;
            return new AgentSet([], []);
        });
        cache.GetOrLoad("a", () => []);
        cache.GetOrLoad("b", () => []);
        cache.GetOrLoad("a", () => []);
        cache.GetOrLoad("c", () => []);
        Assert.Equal(3, loads);
        cache.GetOrLoad("a", () => []);
        Assert.Equal(3, loads);
        cache.GetOrLoad("b", () => []);
        Assert.Equal(4, loads);
    }

    [Fact]
    public void TablesAreReachableByDottedPathsAndEditorConfigWins()
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 30, gpu = { h100 = { usd_per_hour = 3.95, min_torch = \"2.1\" } }");
        KeiPolicy fromAgent = KeiPolicyProvider.Create(Options(files, "trainer"), NewCache(), CancellationToken.None);
        Assert.True(fromAgent.AgentParams.TryGetNumber("gpu.h100.usd_per_hour", out double price));
        Assert.Equal(3.95, price);
        Assert.Equal(3.95, fromAgent.GetDouble(Tree, "gpu.h100.usd_per_hour", 0));
        var overridden = new Dictionary<string, string> { ["kei_gpu.h100.usd_per_hour"] = "4.5", ["kei_max_function_lines"] = "12.9" };
        KeiPolicy fromEditorConfig = KeiPolicyProvider.Create(Options(files, "trainer", overridden), NewCache(), CancellationToken.None);
        Assert.Equal(4.5, fromEditorConfig.GetDouble(Tree, "gpu.h100.usd_per_hour", 0));
        Assert.Equal(12, fromEditorConfig.GetInt(Tree, "max_function_lines", 30));
        Assert.Equal(7, fromEditorConfig.GetInt(Tree, "no_such_param", 7));
    }

    [Fact]
    public void AFileListedTwiceCountsOnce()
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 20");
        AgentSetCache cache = NewCache();
        KeiPolicyProvider.Create(Options(files, "trainer"), cache, CancellationToken.None);
        KeiPolicy twice = KeiPolicyProvider.Create(Options(files.Concat(files), "trainer"), cache, CancellationToken.None);
        Assert.Equal(1, cache.LoadCount);
        Assert.Equal(20, twice.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public void KindMetadataIsTrimmed()
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 20");
        var byPath = files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KeiBuildNames.KindMetadata] = " " + f.Kind + " " });
        var provider = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { [KeiBuildNames.ActiveAgentProperty] = "trainer" }, new Dictionary<string, string>(), byPath);
        var options = new AnalyzerOptions([.. files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text))], provider);
        Assert.Equal(20, KeiPolicyProvider.Create(options, NewCache(), CancellationToken.None).GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public void TheSharedProviderMemoizesPerOptions()
    {
        AnalyzerOptions options = Options(AgentFixtures.SingleAgent("memo-agent", "max_function_lines = 21"), "memo-agent");
        KeiPolicy first = KeiPolicyProvider.GetPolicy(options, CancellationToken.None);
        Assert.Same(first, KeiPolicyProvider.GetPolicy(options, CancellationToken.None));
        Assert.Equal("memo-agent", first.ActiveAgent?.Name);
    }
}
