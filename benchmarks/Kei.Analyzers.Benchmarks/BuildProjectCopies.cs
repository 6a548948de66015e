using System;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Two copies of samples/TrainingLauncher for the build target, written under artifacts/ at run time: "with" consumes
/// KeiAnalyzers as the package does (analyzer DLLs, the task DLL, build/KeiAnalyzers.props/.targets, modal-runner's
/// policy); "without" is the same program with the generator's output added as plain sources, and nothing of Kei's.
/// Both reference Kei.Runtime the same way, so the only difference is the package. The DLLs are private copies: on a
/// shared working tree another build of src/ must not turn a timed no-op build into a recompile.
/// </summary>
internal sealed class BuildProjectCopies
{
    public BuildProjectCopies()
    {
        Folder = RepositoryLayout.PathOf("artifacts/build-benchmark");
        WithPackage = Path.Combine(Folder, "with", "LauncherWithKei.csproj");
        WithoutPackage = Path.Combine(Folder, "without", "LauncherWithoutKei.csproj");
        Package = Path.Combine(Folder, "package");
    }

    /// <summary>The private copies of the built DLLs (analyzers, task, runtime), laid out as the package lays them out.</summary>
    public string Package { get; }

    public string Folder { get; }

    public string WithPackage { get; }

    public string WithoutPackage { get; }

    /// <summary>Copies the Release outputs of src/ into <see cref="Package"/>.</summary>
    public void CopyPackageFiles()
    {
        Copy("src/Kei.Analyzers/bin/Release/netstandard2.0/Kei.Analyzers.dll", "analyzers");
        Copy("src/Kei.Analyzers.CodeFixes/bin/Release/netstandard2.0/Kei.Analyzers.CodeFixes.dll", "analyzers");
        Copy("src/Kei.Build/bin/Release/netstandard2.0/Kei.Build.dll", "tasks");
        Copy("src/Kei.Runtime/bin/Release/net10.0/Kei.Runtime.dll", "lib");
    }

    /// <summary>Writes the with-package copy (sources and project file).</summary>
    public void WriteWithPackage()
    {
        CopySample(Path.GetDirectoryName(WithPackage)!);
        File.WriteAllText(WithPackage, ProjectText(withPackage: true));
    }

    /// <summary>Writes the without-package copy, taking the generated policy classes from the with-package build.</summary>
    public void WriteWithoutPackage()
    {
        string folder = Path.GetDirectoryName(WithoutPackage)!;
        CopySample(folder);
        string generated = Path.Combine(Path.GetDirectoryName(WithPackage)!, "obj", "generated");
        string target = Directory.CreateDirectory(Path.Combine(folder, "Generated")).FullName;
        foreach (string file in Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(WithoutPackage, ProjectText(withPackage: false));
    }

    private void Copy(string relative, string subfolder)
    {
        string target = Directory.CreateDirectory(Path.Combine(Package, subfolder)).FullName;
        File.Copy(RepositoryLayout.PathOf(relative), Path.Combine(target, Path.GetFileName(relative)), overwrite: true);
    }

    private static void CopySample(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(RepositoryLayout.PathOf("samples/TrainingLauncher"), "*.cs"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    private string ProjectText(bool withPackage)
    {
        string root = RepositoryLayout.Root.TrimEnd(Path.DirectorySeparatorChar) + "/";
        string package = Package + "/";
        string kei = withPackage ? KeiSettings(root, package) : string.Empty;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {(withPackage ? $"<Import Project=\"{root}build/KeiAnalyzers.props\" />" : string.Empty)}
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <RootNamespace>TrainingLauncher</RootNamespace>
              </PropertyGroup>
            {kei}
              <ItemGroup>
                <PackageReference Include="Spectre.Console" />
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" />
                <PackageReference Include="Polly.Core" />
                <Reference Include="Kei.Runtime" HintPath="{package}lib/Kei.Runtime.dll" />
              </ItemGroup>
              {(withPackage ? $"<Import Project=\"{root}build/KeiAnalyzers.targets\" />" : string.Empty)}
            </Project>
            """;
    }

    /// <summary>What the package adds to a project: the agents, modal-runner's policy, the task and the analyzer DLLs.</summary>
    private static string KeiSettings(string root, string package) => $"""
          <PropertyGroup>
            <KeiAgentsRoot>{root}</KeiAgentsRoot>
            <KeiAgentDocsDir>$(MSBuildProjectDirectory)/_generated</KeiAgentDocsDir>
            <KeiAgent>modal-runner</KeiAgent>
            <KeiBuildTaskAssembly>{package}tasks/Kei.Build.dll</KeiBuildTaskAssembly>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
          </PropertyGroup>
          <ItemGroup>
            <Analyzer Include="{package}analyzers/Kei.Analyzers.dll" />
            <Analyzer Include="{package}analyzers/Kei.Analyzers.CodeFixes.dll" />
          </ItemGroup>
        """;
}
