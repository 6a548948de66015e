using System;
using System.IO;
using System.Text.RegularExpressions;
using Kei.Agents.Rules;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Readme;

/// <summary>The README stays true: its rules table matches the catalog, and the files it names exist.</summary>
public sealed class ReadmeTests
{
    private static string ReadmePath => Path.Combine(RepoPaths.Root, "README.md");

    [Fact]
    public void RulesTableMatchesCatalog()
    {
        string readme = File.ReadAllText(ReadmePath);
        string fresh = RulesTable.Splice(readme, RulesTable.Render());
        if (Environment.GetEnvironmentVariable("KEI_UPDATE_README") == "1")
        {
            File.WriteAllText(ReadmePath, fresh);
            readme = fresh;
        }

        Assert.True(fresh == readme, "README.md rules table is stale; run: KEI_UPDATE_README=1 dotnet test tests/Kei.Package.Tests --filter RulesTableMatchesCatalog");
    }

    [Fact]
    public void RulesTableListsEveryCatalogRule()
    {
        string table = RulesTable.Render();
        foreach (RuleInfo rule in RuleCatalog.All)
        {
            Assert.Contains($"[{rule.Id}](docs/rules/{rule.Id}.md)", table, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RelativeLinksInReadmePointAtExistingFiles()
    {
        string readme = File.ReadAllText(ReadmePath);
        foreach (Match link in Regex.Matches(readme, @"\]\((?!https?:|#)([^)#]+)"))
        {
            string target = link.Groups[1].Value;
            bool exists = File.Exists(Path.Combine(RepoPaths.Root, target)) || Directory.Exists(Path.Combine(RepoPaths.Root, target));
            Assert.True(exists, $"README links to '{target}', which does not exist");
        }
    }
}
