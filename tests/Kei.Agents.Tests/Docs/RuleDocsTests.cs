using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Kei.Agents.Tests.Docs;

/// <summary>The KEI20x pages say what the tools do: the catalog's table is the catalog, and KEI209's examples hold on their own dates.</summary>
public sealed class RuleDocsTests
{
    private static string Page(string id) => Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");

    [Fact]
    public void The_KEI207_page_lists_every_catalog_parameter_with_its_type_range_and_default()
    {
        string path = Page("KEI207");
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        int begin = text.IndexOf(CatalogTable.Begin, StringComparison.Ordinal) + CatalogTable.Begin.Length + 1;
        int end = text.IndexOf(CatalogTable.End, StringComparison.Ordinal);
        Assert.True(begin > CatalogTable.Begin.Length && end >= begin, "the page has no params:begin / params:end markers");
        if (Environment.GetEnvironmentVariable("KEI_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..begin] + CatalogTable.Render() + text[end..]);
            return;
        }

        Assert.Equal(CatalogTable.Render(), text[begin..end]);
    }

    [Fact]
    public void The_KEI209_page_says_only_kei_lint_reports_it()
    {
        string text = File.ReadAllText(Page("KEI209"));

        Assert.Contains("| Reported by | `kei lint` only |", text);
        Assert.Contains("Builds never report it", text);
        Assert.DoesNotContain("reported by the source generator", text);
    }

    [Fact]
    public void The_KEI209_examples_fire_and_stay_quiet_on_the_dates_the_page_names()
    {
        string text = File.ReadAllText(Page("KEI209")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] examples = Regex.Matches(text, "```toml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        DateTime runsOn = Date(Regex.Match(text, @"Say `kei lint` runs on (\d{4}-\d{2}-\d{2})").Groups[1].Value);
        DateTime quietThrough = Date(Regex.Match(text, @"stays quiet through (\d{4}-\d{2}-\d{2})").Groups[1].Value);
        Assert.Equal(2, examples.Length);

        Assert.Equal("KEI209", Assert.Single(Load(examples[0], runsOn).Diagnostics).Id);
        Assert.Equal("KEI209", Assert.Single(Load(examples[0], runsOn.AddYears(10)).Diagnostics).Id);
        Assert.Empty(Load(examples[1], runsOn).Diagnostics);
        Assert.Empty(Load(examples[1], quietThrough).Diagnostics);
        Assert.Equal("KEI209", Assert.Single(Load(examples[1], quietThrough.AddDays(1)).Diagnostics).Id);
    }

    private static AgentSet Load(string toml, DateTime today)
        => SetBuilder.WithObligatoryBlocks().Block("prices", "+++\n" + toml + "+++\nPrices.\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"prices\"")).Load(today);

    private static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
