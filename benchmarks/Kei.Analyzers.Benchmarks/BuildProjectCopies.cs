using System;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Two copies of samples/TrainingLauncher for the build target, written under artifacts/ at run time: "with" consumes
/// KeiAnalyzers as the package does (analyzer DLLs, the task DLL, build/KeiAnalyzers.props/.targets, modal-runner's
/// policy); "without" is the same program with the generator's output added as plain sources, and nothing of Kei's.
/// Both reference Kei.Runtime the same way, so the only difference is the package.
/// </summary>
internal sealed class BuildProjectCopies
{
    public BuildProjectCopies()
    {
        Folder = RepositoryLayout.PathOf("artifacts/build-benchmark");
        WithPackage = Path.Combine(Folder, "with", "LauncherWithKei.csproj");
        WithoutPackage = Path.Combine(Folder, "without", "LauncherWithoutKei.csproj");
    }

    public string Folder { get; }

    public string WithPackage { get; }

    public string WithoutPackage { get; }

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

    private static void CopySample(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(RepositoryLayout.PathOf("samples/TrainingLauncher"), "*.cs"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static string ProjectText(bool withPackage)
    {
        string root = RepositoryLayout.Root.TrimEnd(Path.DirectorySeparatorChar) + "/";
        string kei = withPackage ? $"""
              <PropertyGroup>
                <KeiAgentsRoot>{root}</KeiAgentsRoot>
                <KeiAgentDocsDir>$(MSBuildProjectDirectory)/_generated</KeiAgentDocsDir>
                <KeiAgent>modal-runner</KeiAgent>
                <KeiBuildTaskAssembly>{root}src/Kei.Build/bin/Release/netstandard2.0/Kei.Build.dll</KeiBuildTaskAssembly>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{root}src/Kei.Analyzers/bin/Release/netstandard2.0/Kei.Analyzers.dll" />
                <Analyzer Include="{root}src/Kei.Analyzers.CodeFixes/bin/Release/netstandard2.0/Kei.Analyzers.CodeFixes.dll" />
              </ItemGroup>
            """ : string.Empty;
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
                <ProjectReference Include="{root}src/Kei.Runtime/Kei.Runtime.csproj" />
              </ItemGroup>
              {(withPackage ? $"<Import Project=\"{root}build/KeiAnalyzers.targets\" />" : string.Empty)}
            </Project>
            """;
    }
}
