using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Infrastructure;

/// <summary>Descriptors, help pages and release tracking agree with the rule catalog.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> ImplementedIds() => [.. ImplementedDescriptors().Select(d => d.Id)];

    private static IEnumerable<DiagnosticDescriptor> ImplementedDescriptors()
        => AnalyzerCatalog.All.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal);

    [Fact]
    public void TheConstructorPatternRulesHaveAnalyzers()
        => Assert.Equal(["KEI100", "KEI101", "KEI102", "KEI103"], AnalyzerCatalog.Design.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order());

    [Fact]
    public void EachRuleHasExactlyOneAnalyzer()
    {
        var owners = AnalyzerCatalog.All.SelectMany(a => a.SupportedDiagnostics.Select(d => (d.Id, Analyzer: a.GetType().Name))).GroupBy(p => p.Id);
        Assert.All(owners, group => Assert.True(group.Count() == 1, group.Key + " is supported by " + string.Join(", ", group.Select(p => p.Analyzer))));
    }

    [Theory]
    [MemberData(nameof(ImplementedIds))]
    public void TheDescriptorIsTheCatalogRow(string id)
    {
        DiagnosticDescriptor descriptor = ImplementedDescriptors().Single(d => d.Id == id);
        RuleInfo rule = RuleCatalog.Get(id);
        Assert.Equal(rule.Title, descriptor.Title.ToString());
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(KeiDescriptors.ToSeverity(rule.DefaultSeverity), descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Contains(KeiDescriptors.KeiTag, descriptor.CustomTags);
    }

    [Theory]
    [MemberData(nameof(ImplementedIds))]
    public void TheHelpLinkResolvesToAPageInTheRepository(string id)
    {
        string link = ImplementedDescriptors().Single(d => d.Id == id).HelpLinkUri;
        Assert.StartsWith(KeiDescriptors.HelpLinkBase, link, StringComparison.Ordinal);
        string relative = link[KeiDescriptors.HelpLinkBase.Length..];
        Assert.Equal("docs/rules/" + id + ".md", relative);
        string page = RepositoryFiles.PathOf(relative);
        Assert.True(File.Exists(page), "missing help page " + relative);
        Assert.StartsWith("# " + id + ":", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseTrackingListsExactlyTheImplementedRulesWithCatalogCategoryAndSeverity()
    {
        var rows = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md")).ToList();
        Assert.Equal(ImplementedDescriptors().Select(d => d.Id), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rows, row =>
        {
            RuleInfo rule = RuleCatalog.Get(row.Id);
            Assert.Equal((rule.Id, rule.Category, KeiDescriptors.ToSeverity(rule.DefaultSeverity).ToString()), (row.Id, row.Category, row.Severity));
        });
    }

    [Fact]
    public void RuleIdConstantsAreCatalogIds()
    {
        var constants = typeof(KeiRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, id => Assert.True(RuleCatalog.TryGet(id, out _), id));
    }

    [Fact]
    public void AnIdOutsideTheCatalogIsRefused() => Assert.Throws<ArgumentException>(() => KeiDescriptors.Create("KEI999"));

    /// <summary>
    /// Each analyzer skips generated code itself (GeneratedCodeTests show it), so it tells the driver to analyze and
    /// report everywhere: the driver then never walks a file's tokens to decide whether a diagnostic is in generated code.
    /// </summary>
    [Fact]
    public void AnalyzersRunConcurrentlyAndFilterGeneratedCodeThemselves()
    {
        foreach (DiagnosticAnalyzer analyzer in AnalyzerCatalog.All)
        {
            var context = new RecordingAnalysisContext();
            analyzer.Initialize(context);
            Assert.True(context.Concurrent, analyzer.GetType().Name + " does not enable concurrent execution");
            Assert.Equal(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics, context.GeneratedCode);
        }
    }

    private static IEnumerable<(string Id, string Category, string Severity)> ReleaseRows(string file)
        => File.ReadAllLines(RepositoryFiles.PathOf("src/Kei.Analyzers/" + file))
            .Where(line => line.StartsWith("KEI", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (cells[0], cells[1], cells[2]));
}
