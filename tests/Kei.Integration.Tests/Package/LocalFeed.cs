using System;
using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Package;

/// <summary>
/// Packs the three packages (KeiAnalyzers, Kei.Runtime, the kei tool) once into a temp folder feed, from the outputs
/// the test project already built (<c>--no-build</c>), exactly as a release would pack them.
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    public const string Version = "0.1.0";

    /// <summary>What the packer passes as the repository URL (a reserved, never-resolving host: there is no public one yet).</summary>
    public const string RepositoryUrl = "https://example.invalid/KeiAnalyzers.git";

    private static readonly string[] PackedProjects =
    [
        Path.Combine("src", "KeiAnalyzers.Package", "KeiAnalyzers.Package.csproj"),
        Path.Combine("src", "Kei.Runtime", "Kei.Runtime.csproj"),
        Path.Combine("src", "Kei.Cli", "Kei.Cli.csproj"),
    ];

    public string Root { get; } = TempTree.NewPath("kei-feed-");

    public string Folder => Path.Combine(Root, "feed");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        foreach (string project in PackedProjects)
        {
            ProcessResult pack = await ProcessRunner.RunDotnetAsync(RepoPaths.Root,
                ["pack", project, "-c", RepoPaths.Configuration, "--no-build", "-o", Folder, "-p:RepositoryUrl=" + RepositoryUrl], TimeSpan.FromMinutes(3));
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack " + project + " failed:\n" + pack.AllOutput);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        TempTree.Delete(Root);

        return ValueTask.CompletedTask;
    }
}
