using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>
/// A small project in its own temp folder, set up as a user of the repository would: the analyzer through a
/// ProjectReference (OutputItemType=Analyzer), the repository's build/KeiAnalyzers.props/.targets imported, and the
/// fixture agent set copied in. Each test gets its own folder, so tests can run in parallel.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public const string UsesParams = """
        namespace App
        {
            public static class Use
            {
                public static long MaxFunctionLines() => Kei.Agents.ModalRunner.Params.MaxFunctionLines;
            }
        }
        """;

    // A guard against a hung build, not a speed limit: builds of parallel tests on a loaded 2-core machine take minutes.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    /// <param name="withAgents">copy the fixture manifests and blocks in, at the root of the temp folder</param>
    /// <param name="targetFrameworks">e.g. <c>net10.0;netstandard2.0</c> for a multi-targeted project</param>
    /// <param name="projectFolder">the project's folder below the root (e.g. <c>src/App</c>); the root itself when empty</param>
    /// <param name="properties">extra XML in the project's PropertyGroup, e.g. <c>&lt;KeiAgent&gt;x&lt;/KeiAgent&gt;</c></param>
    public ConsumerProject(bool withAgents = true, string? targetFrameworks = null, string projectFolder = "", string properties = "")
    {
        Root = TempTree.NewPath("kei-it-");
        Directory = Path.Combine(Root, projectFolder.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Directory);
        // Stop MSBuild's search for Directory.Build.* files, and the search for manifests/, above the temp folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        MarkRepositoryRoot("");
        File.WriteAllText(ProjectFile, ProjectXml(targetFrameworks, properties));
        File.WriteAllText(Path.Combine(Directory, "Use.cs"), withAgents ? UsesParams : "namespace App { public static class Use { } }");
        if (withAgents)
        {
            AgentFixture.CopyTo(Root);
        }
    }

    /// <summary>The temp folder: the repository root (it holds <c>.git</c>) and, with agents, <c>manifests/</c> and <c>blocks/</c>.</summary>
    public string Root { get; }

    public string ProjectFile => Path.Combine(Directory, "App.csproj");

    public string Directory { get; }

    public string DocumentsDirectory => Path.Combine(Root, "_generated");

    public string IntermediateDirectory => IntermediateDirectoryOf("net10.0");

    public string IntermediateDirectoryOf(string targetFramework) => Path.Combine(Directory, "obj", RepoPaths.Configuration, targetFramework);

    /// <summary>A path below the root (where the agents and their documents are), '/'-separated.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Makes a folder below the root (the root itself when empty) a repository root: it gets a <c>.git</c> folder.</summary>
    public void MarkRepositoryRoot(string relative) => System.IO.Directory.CreateDirectory(Path.Combine(PathOf(relative), ".git"));

    public Task<ProcessResult> BuildAsync(params string[] properties) => RunAsync("build", properties);

    public Task<ProcessResult> CleanAsync() => RunAsync("clean");

    public IReadOnlyDictionary<string, DateTime> DocumentTimes()
        => System.IO.Directory.GetFiles(DocumentsDirectory).ToDictionary(path => Path.GetFileName(path), File.GetLastWriteTimeUtc);

    public void Dispose() => TempTree.Delete(Root);

    private Task<ProcessResult> RunAsync(string verb, params string[] properties)
    {
        // The references are built by the test project already: do not rebuild or re-restore them from parallel tests.
        var arguments = new List<string>
        {
            verb, "App.csproj", "-c", RepoPaths.Configuration, "-nodeReuse:false", "--disable-build-servers",
            "-p:RestoreRecursive=false", "-p:BuildProjectReferences=false", "-p:KeiBuildTaskAssembly=" + RepoPaths.BuildTaskAssembly,
        };
        arguments.AddRange(properties.Select(p => "-p:" + p));
        return ProcessRunner.RunDotnetAsync(Directory, arguments, BuildTimeout);
    }

    private static string ProjectXml(string? targetFrameworks, string properties) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{Path.Combine(RepoPaths.BuildDirectory, "KeiAnalyzers.props")}" />
          <PropertyGroup>
            {(targetFrameworks == null ? "<TargetFramework>net10.0</TargetFramework>" : "<TargetFrameworks>" + targetFrameworks + "</TargetFrameworks>")}
            <LangVersion>latest</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{RepoPaths.AnalyzerProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
          <Import Project="{Path.Combine(RepoPaths.BuildDirectory, "KeiAnalyzers.targets")}" />
        </Project>
        """;
}
