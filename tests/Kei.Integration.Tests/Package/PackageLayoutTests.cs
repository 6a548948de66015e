using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Kei.Integration.Tests.Package;

/// <summary>What is inside the packages: the analyzer DLL alone (no dependency beside it), the build files, the tool.</summary>
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
        ZipArchiveEntry entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private string PackagePath(string id) => Path.Combine(feed.Folder, id + "." + LocalFeed.Version + ".nupkg");
}
