using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Editor;

/// <summary>
/// A launcher project in its own temp folder, set up as a user of the packages has it: the RuleGallery's files (one
/// violation per launcher and adapter rule) plus the TrainingLauncher's <c>AgentPolicy.cs</c> (which reads the
/// generated <c>Kei.Agents.ModalRunner</c>), the repository's own manifests and blocks, <c>KeiAgent=modal-runner</c>,
/// the build's props/targets, and the analyzers and runtime referenced as the built DLLs (what a package delivers),
/// so an editor loads it without building any project of the repository.
/// </summary>
public sealed class EditorProject : IDisposable
{
    public const string ProjectFileName = "Launcher.csproj";

    public EditorProject()
    {
        Directory.CreateDirectory(Root);
        // Stop MSBuild's search for Directory.Build.* files above the temp folder.
        File.WriteAllText(PathOf("Directory.Build.props"), "<Project />");
        File.WriteAllText(PathOf("Directory.Build.targets"), "<Project />");
        File.WriteAllText(PathOf(ProjectFileName), ProjectFile());
        TempTree.CopyFiles(Path.Combine(RepoPaths.Root, "samples", "RuleGallery"), "*.cs", Root);
        File.Copy(Path.Combine(RepoPaths.Root, "samples", "TrainingLauncher", "AgentPolicy.cs"), PathOf("AgentPolicy.cs"));
        TempTree.CopyFiles(RepoPaths.Root, "manifests/*.toml", Root);
        TempTree.CopyFiles(RepoPaths.Root, "blocks/*.md", Root);
    }

    public string Root { get; } = TempTree.NewPath("kei-editor-");

    /// <summary>Every C# file of the project, relative to <see cref="Root"/> with '/' separators.</summary>
    public IReadOnlyList<string> SourceFiles => Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Select(RelativePath).Where(path => !path.StartsWith("obj/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string RelativePath(string absolute) => Path.GetRelativePath(Root, absolute).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The KEI diagnostics of a command-line <c>dotnet build</c>, read from the compiler's SARIF 2.1 log.</summary>
    public async Task<IReadOnlyList<EditorDiagnostic>> BuildDiagnosticsAsync()
    {
        string sarif = PathOf("build.sarif");
        ProcessResult build = await ProcessRunner.RunDotnetAsync(Root, ["build", ProjectFileName, "-nodeReuse:false", "-p:ErrorLog=" + sarif + "%2Cversion=2.1"], TimeSpan.FromMinutes(10));
        Assert.True(File.Exists(sarif), "dotnet build wrote no SARIF log:\n" + build);
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => EditorDiagnostic.FromSarif(result, this))
            .Where(d => d.Id.StartsWith("KEI", StringComparison.Ordinal))
            .Order()
            .ToArray();
    }

    public void Dispose() => TempTree.Delete(Root);

    private static string ProjectFile()
    {
        string analyzers = Path.Combine(RepoPaths.Root, "src", "{0}", "bin", RepoPaths.Configuration, "netstandard2.0", "{0}.dll");
        string runtime = AppContext.BaseDirectory;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(RepoPaths.BuildDirectory, "KeiAnalyzers.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <KeiAgent>modal-runner</KeiAgent>
                <KeiGenerateAgentDocs>false</KeiGenerateAgentDocs>
                <KeiBuildTaskAssembly>{RepoPaths.BuildTaskAssembly}</KeiBuildTaskAssembly>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Path.Combine(runtime, "Kei.Runtime.dll")}" />
                <Reference Include="{Path.Combine(runtime, "Polly.Core.dll")}" />
                <Reference Include="{Path.Combine(runtime, "Microsoft.Extensions.Logging.Abstractions.dll")}" />
                <Analyzer Include="{string.Format(System.Globalization.CultureInfo.InvariantCulture, analyzers, "Kei.Analyzers")}" />
                <Analyzer Include="{string.Format(System.Globalization.CultureInfo.InvariantCulture, analyzers, "Kei.Analyzers.CodeFixes")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(RepoPaths.BuildDirectory, "KeiAnalyzers.targets")}" />
            </Project>
            """;
    }
}
