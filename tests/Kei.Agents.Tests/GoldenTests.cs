using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Agents.Tests;

public sealed class GoldenTests
{
    private static readonly string Expected = Path.Combine(TestPaths.Fixture("basic"), "expected");

    [Fact]
    public void Fixture_loads_without_diagnostics()
    {
        AgentSet set = AgentFolder.Load(TestPaths.Fixture("basic"));

        Assert.Empty(set.Diagnostics);
        Assert.Equal(new[] { "alpha-agent", "beta-agent" }, set.Agents.Select(a => a.Name));
    }

    [Fact]
    public void Fixture_documents_match_golden_files()
    {
        AgentSet set = AgentFolder.Load(TestPaths.Fixture("basic"));

        Golden.Verify(Expected, AgentDocuments.Render(set), "*.md");
    }

    [Fact]
    public void Fixture_policy_classes_match_golden_files()
    {
        AgentSet set = AgentFolder.Load(TestPaths.Fixture("basic"));
        var sources = set.Agents.Select(a => PolicyEmitter.EmitAgent(a, "Kei.Agents")).ToList();
        sources.Add(PolicyEmitter.EmitCatalog(set.Agents, "Kei.Agents"));

        Golden.Verify(Expected, sources, "*.g.cs");
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_in_any_file_order()
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.Fixture("basic"));
        List<AgentFile> reversed = Enumerable.Reverse(files).ToList();

        IReadOnlyList<GeneratedText> first = AgentDocuments.Render(AgentSetLoader.Load(files));
        IReadOnlyList<GeneratedText> second = AgentDocuments.Render(AgentSetLoader.Load(reversed));

        Assert.Equal(first, second);
        Assert.Equal(
            PolicyEmitter.EmitCatalog(AgentSetLoader.Load(files).Agents, "N"),
            PolicyEmitter.EmitCatalog(AgentSetLoader.Load(reversed).Agents, "N"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        AgentSet invariantSet = AgentFolder.Load(TestPaths.RepositoryRoot);
        List<GeneratedText> expected = AgentDocuments.Render(invariantSet).Concat(invariantSet.Agents.Select(a => PolicyEmitter.EmitAgent(a, "N"))).ToList();
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            AgentSet set = AgentFolder.Load(TestPaths.RepositoryRoot);
            Assert.Equal(expected, AgentDocuments.Render(set).Concat(set.Agents.Select(a => PolicyEmitter.EmitAgent(a, "N"))).ToList());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Documents_are_lf_only_with_one_trailing_newline_and_no_bom()
    {
        foreach (GeneratedText text in AgentDocuments.Render(AgentFolder.Load(TestPaths.Fixture("basic"))))
        {
            Assert.DoesNotContain('\r', text.Text);
            Assert.EndsWith("\n", text.Text);
            Assert.False(text.Text.EndsWith("\n\n"), text.FileName + " ends with a blank line");
            Assert.NotEqual('\uFEFF', text.Text[0]);
        }
    }
}
