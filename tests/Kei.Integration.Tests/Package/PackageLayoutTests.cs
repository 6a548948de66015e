using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Package;

/// <summary>
/// What is inside the packages: the analyzer DLL alone (no dependency beside it), the build files, the schemas, the
/// tool, and in each its own readme and the repository URL the packer gave.
/// </summary>
public sealed class PackageLayoutTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [Fact]
    public void Analyzer_package_holds_the_analyzers_build_files_and_task_and_no_dependency()
    {
        string[] entries = Entries("KeiAnalyzers");

        Assert.Contains("analyzers/dotnet/cs/Kei.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Kei.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/KeiAnalyzers.props", entries);
        Assert.Contains("build/KeiAnalyzers.targets", entries);
        Assert.Contains("tasks/netstandard2.0/Kei.Build.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));
        Assert.Equal(["Kei.Analyzers.CodeFixes.dll", "Kei.Analyzers.dll"], entries.Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)).Select(Path.GetFileName).Order());
        string nuspec = Nuspec("KeiAnalyzers");
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.DoesNotContain("<dependency ", nuspec);
    }

    [Fact]
    public void Analyzer_package_carries_the_build_file_it_imports_and_the_manifest_schemas()
    {
        string[] entries = Entries("KeiAnalyzers");

        Assert.Contains("build/KeiAnalyzers.AgentsRoot.targets", entries);
        foreach (string schema in Directory.GetFiles(Path.Combine(RepoPaths.Root, "schemas"), "*.json"))
        {
            Assert.Equal(File.ReadAllText(schema), Text("KeiAnalyzers", "schemas/" + Path.GetFileName(schema)));
        }
    }

    [Theory]
    [InlineData("KeiAnalyzers", "src/KeiAnalyzers.Package/README.md")]
    [InlineData("Kei.Runtime", "src/Kei.Runtime/README.md")]
    [InlineData("kei", "src/Kei.Cli/README.md")]
    public void Each_package_carries_its_own_readme_and_the_repository_url(string id, string readme)
    {
        string nuspec = Nuspec(id);

        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, readme)), Text(id, "README.md"));
        Assert.StartsWith("# " + id + "\n", Text(id, "README.md"), System.StringComparison.Ordinal);
        Assert.Matches("<repository type=\"git\" url=\"" + Regex.Escape(LocalFeed.RepositoryUrl) + "\"", nuspec);
        Assert.Contains("<projectUrl>" + LocalFeed.RepositoryUrl[..^".git".Length] + "</projectUrl>", nuspec);
    }

    [Fact]
    public void Runtime_package_is_a_library_and_the_tool_package_is_a_dotnet_tool()
    {
        Assert.Contains("lib/net10.0/Kei.Runtime.dll", Entries("Kei.Runtime"));
        string[] tool = Entries("kei");
        Assert.Contains(tool, e => e.EndsWith("/kei.dll", System.StringComparison.Ordinal) && e.StartsWith("tools/net10.0/any/", System.StringComparison.Ordinal));
        Assert.Contains("<packageType name=\"DotnetTool\" />", Nuspec("kei"));
    }

    private string[] Entries(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(PackagePath(id));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private string Nuspec(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(PackagePath(id));
        return Read(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)));
    }

    private string Text(string id, string entryName)
    {
        using ZipArchive zip = ZipFile.OpenRead(PackagePath(id));
        return Read(zip.GetEntry(entryName) ?? throw new FileNotFoundException(entryName + " is not in package " + id));
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private string PackagePath(string id) => Path.Combine(feed.Folder, id + "." + LocalFeed.Version + ".nupkg");
}
