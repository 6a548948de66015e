using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
    /// <summary>A tree at the path of the test project's source, so per-file options resolve for it as for the real one.</summary>
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: KeiTestState.PathOf("C.cs"));

    /// <summary>The options the testing packages' project gives the analyzers: AdditionalFiles, KeiKind, KeiAgent, .editorconfig.</summary>
    internal static async Task<AnalyzerOptions> Options(IEnumerable<AgentFixtureFile> files, string? agent, Dictionary<string, string>? editorConfig = null)
    {
        KeiTest test = new KeiTest().WithAgentFiles(files);
        if (agent != null)
        {
            test.WithActiveAgent(agent);
        }

        foreach ((string key, string value) in editorConfig ?? [])
        {
            test.WithEditorConfig(key, value);
        }

        return (await test.WithSource("class C { }", "C.cs").BuildProjectAsync()).AnalyzerOptions;
    }

    private static AgentSetCache NewCache(int capacity = 4) => new(capacity, files => AgentSetLoader.Load(files));

    [Fact]
    public async Task EqualContentInNewCompilationsIsLoadedOnce()
    {
        AgentSetCache cache = NewCache();
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 20");
        KeiPolicy first = KeiPolicyProvider.Create(await Options(files, "trainer"), cache, CancellationToken.None);
        KeiPolicy second = KeiPolicyProvider.Create(await Options(files, "trainer"), cache, CancellationToken.None);
        Assert.Equal(1, cache.LoadCount);
        Assert.Equal(20, first.GetInt(Tree, "max_function_lines", 30));
        Assert.Equal(20, second.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public async Task ChangedContentIsLoadedAgain()
    {
        AgentSetCache cache = NewCache();
        KeiPolicyProvider.Create(await Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"), "trainer"), cache, CancellationToken.None);
        KeiPolicy changed = KeiPolicyProvider.Create(await Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 25"), "trainer"), cache, CancellationToken.None);
        Assert.Equal(2, cache.LoadCount);
        Assert.Equal(25, changed.GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public async Task WithoutKeiAgentNothingIsParsed()
    {
        AgentSetCache cache = NewCache();
        KeiPolicy policy = KeiPolicyProvider.Create(await Options(AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"), null), cache, CancellationToken.None);
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
    public async Task TablesAreReachableByDottedPathsAndEditorConfigWins()
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 30, gpu = { h100 = { usd_per_hour = 3.95, min_torch = \"2.1\" } }");
        KeiPolicy fromAgent = KeiPolicyProvider.Create(await Options(files, "trainer"), NewCache(), CancellationToken.None);
        Assert.True(fromAgent.AgentParams.TryGetNumber("gpu.h100.usd_per_hour", out double price));
        Assert.Equal(3.95, price);
        Assert.Equal(3.95, fromAgent.GetDouble(Tree, "gpu.h100.usd_per_hour", 0));
        var overridden = new Dictionary<string, string> { ["kei_gpu.h100.usd_per_hour"] = "4.5", ["kei_max_function_lines"] = "12.9" };
        KeiPolicy fromEditorConfig = KeiPolicyProvider.Create(await Options(files, "trainer", overridden), NewCache(), CancellationToken.None);
        Assert.Equal(4.5, fromEditorConfig.GetDouble(Tree, "gpu.h100.usd_per_hour", 0));
        Assert.Equal(12, fromEditorConfig.GetInt(Tree, "max_function_lines", 30));
        Assert.Equal(7, fromEditorConfig.GetInt(Tree, "no_such_param", 7));
    }

    [Fact]
    public async Task AFileListedTwiceCountsOnce()
    {
        var files = AgentFixtures.SingleAgent("trainer", "max_function_lines = 20");
        AgentSetCache cache = NewCache();
        KeiPolicyProvider.Create(await Options(files, "trainer"), cache, CancellationToken.None);
        KeiPolicy twice = KeiPolicyProvider.Create(await Options(files.Concat(files), "trainer"), cache, CancellationToken.None);
        Assert.Equal(1, cache.LoadCount);
        Assert.Equal(20, twice.GetInt(Tree, "max_function_lines", 30));
    }

    /// <summary>A project file may write <c>KeiKind=" Manifest "</c>; the value reaches the analyzers read as the kind.</summary>
    [Fact]
    public async Task KindMetadataWithSpacesIsRead()
    {
        KeiTest test = new KeiTest().WithActiveAgent("trainer").WithSource("class C { }", "C.cs");
        foreach (AgentFixtureFile file in AgentFixtures.SingleAgent("trainer", "max_function_lines = 20"))
        {
            test.WithAdditionalFile(file.Path, file.Text, (KeiBuildNames.KindMetadata, " " + file.Kind + " "));
        }

        AnalyzerOptions options = (await test.BuildProjectAsync()).AnalyzerOptions;
        Assert.Equal(20, KeiPolicyProvider.Create(options, NewCache(), CancellationToken.None).GetInt(Tree, "max_function_lines", 30));
    }

    [Fact]
    public async Task TheSharedProviderMemoizesPerOptions()
    {
        AnalyzerOptions options = await Options(AgentFixtures.SingleAgent("memo-agent", "max_function_lines = 21"), "memo-agent");
        KeiPolicy first = KeiPolicyProvider.GetPolicy(options, CancellationToken.None);
        Assert.Same(first, KeiPolicyProvider.GetPolicy(options, CancellationToken.None));
        Assert.Equal("memo-agent", first.ActiveAgent?.Name);
    }
}
