using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests.Catalog;

/// <summary>The catalog's orders (min_retries ≤ max_retries, auto_below_usd ≤ warn_below_usd ≤ daily_cap_usd) on resolved values.</summary>
public sealed class CatalogOrderTests
{
    [Fact]
    public void Min_retries_above_max_retries_is_an_error_at_the_manifests_override()
    {
        AgentSet set = new CatalogSet().InManifest("min_retries", "12").Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI207", "manifests/a.toml", 8, 15, RuleSeverity.Error), (d.Id, d.Path, d.Line, d.Column, d.Severity));
        Assert.Equal("'min_retries' = 12 (manifest 'a') is above 'max_retries' = 10 (block 'catalog'); the rules need min_retries \u2264 max_retries", d.Message);
        Assert.True(set.Agents.Single().HasErrors);
    }

    [Fact]
    public void Both_values_in_one_block_point_at_the_larger_names_value()
    {
        AgentSet set = new CatalogSet().InBlock("auto_below_usd", "30").Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("blocks/catalog.md", CatalogSet.BlockLine("warn_below_usd")), (d.Path, d.Line));
        Assert.Contains("'auto_below_usd' = 30 (block 'catalog') is above 'warn_below_usd' = 20", d.Message);
    }

    [Fact]
    public void Warn_above_the_daily_cap_is_an_error()
    {
        AgentDiagnostic d = Assert.Single(new CatalogSet().InManifest("warn_below_usd", "25").Load().Diagnostics);

        Assert.Equal(("manifests/a.toml", 8), (d.Path, d.Line));
        Assert.Contains("the rules need warn_below_usd \u2264 daily_cap_usd", d.Message);
    }

    [Fact]
    public void A_name_no_block_declares_takes_the_catalogs_default_as_the_analyzers_do()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("tiers", "+++\nparams = { warn_below_usd = 100 }\n+++\nSTOP from {{warn_below_usd}}.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"tiers\"")).Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("blocks/tiers.md", 2, 29), (d.Path, d.Line, d.Column));
        Assert.Contains("is above 'daily_cap_usd' = 20 (the catalog's default; no included block declares it)", d.Message);
    }

    [Fact]
    public void Equal_values_keep_the_order()
    {
        AgentSet set = new CatalogSet().InBlock("min_retries", "4").InBlock("max_retries", "4")
            .InBlock("auto_below_usd", "7.5").InBlock("warn_below_usd", "7.5").InBlock("daily_cap_usd", "7.5").Load();

        Assert.Empty(set.Diagnostics);
    }
}
