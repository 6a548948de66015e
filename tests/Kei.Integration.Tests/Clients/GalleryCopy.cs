using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Clients;

/// <summary>
/// A temp copy of samples/RuleGallery whose project references the repository's runtime, analyzer and code-fix
/// projects by absolute path, so real clients (dotnet format, the compiler's SARIF log) can work on it freely.
/// </summary>
public sealed class GalleryCopy : IDisposable
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "samples", "RuleGallery");

    public GalleryCopy()
    {
        TempTree.CopyFiles(Source, "*.cs", Directory);

        // dotnet format loads projects in Debug unless told otherwise, and evaluates referenced projects in their own
        // default configuration: point both at the configuration the analyzers were built in (a clean clone has only it).
        File.WriteAllText(PathOf("Directory.Build.props"),
            $"<Project><PropertyGroup><Configuration Condition=\"'$(Configuration)' == ''\">{RepoPaths.Configuration}</Configuration></PropertyGroup></Project>");
        File.WriteAllText(PathOf("Directory.Build.targets"), "<Project />");
        File.WriteAllText(PathOf("Gallery.csproj"), ProjectFile());
    }

    public string Directory { get; } = TempTree.NewPath("kei-gallery-");

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public Task<ProcessResult> RunAsync(params string[] arguments) => ProcessRunner.RunDotnetAsync(Directory, arguments, TimeSpan.FromMinutes(5));

    /// <summary>How many diagnostics of <paramref name="id"/> a build output reports (each once, as MSBuild prints them twice at most).</summary>
    public static int Count(string buildOutput, string id)
        => new System.Collections.Generic.HashSet<string>(Lines(buildOutput, id)).Count;

    public void Dispose() => TempTree.Delete(Directory);

    private static System.Collections.Generic.IEnumerable<string> Lines(string output, string id)
    {
        foreach (Match match in Regex.Matches(output, @"^.*\(\d+,\d+\): (?:error|warning) " + id + ":.*$", RegexOptions.Multiline))
        {
            yield return match.Value.Trim();
        }
    }

    private static string ProjectFile() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Exe</OutputType>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{Path.Combine(RepoPaths.Root, "src", "Kei.Runtime", "Kei.Runtime.csproj")}" SetConfiguration="Configuration={RepoPaths.Configuration}" />
            <ProjectReference Include="{RepoPaths.AnalyzerProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetConfiguration="Configuration={RepoPaths.Configuration}" />
            <ProjectReference Include="{Path.Combine(RepoPaths.Root, "src", "Kei.Analyzers.CodeFixes", "Kei.Analyzers.CodeFixes.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetConfiguration="Configuration={RepoPaths.Configuration}" />
          </ItemGroup>
        </Project>
        """;
}
