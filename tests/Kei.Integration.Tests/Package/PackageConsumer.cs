using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Package;

/// <summary>
/// A fresh console project made by <c>dotnet new console</c> that takes the packages from the local feed only, with
/// a private packages folder (so nothing comes from an earlier install), as a user's project would.
/// </summary>
public sealed class PackageConsumer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private PackageConsumer(string directory) => Directory = directory;

    public string Directory { get; }

    public static async Task<PackageConsumer> CreateAsync(LocalFeed feed, bool withAgents)
    {
        string directory = Path.Combine(feed.Root, "app-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        // The app's folder is its repository root: the search for manifests/ never leaves the temp folder.
        System.IO.Directory.CreateDirectory(Path.Combine(directory, ".git"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(feed.Folder, Path.Combine(directory, ".packages")));
        var consumer = new PackageConsumer(directory);
        await consumer.MustSucceedAsync("new", "console", "-n", "App", "-o", ".", "--framework", "net10.0");
        await consumer.MustSucceedAsync("add", "App.csproj", "package", "KeiAnalyzers", "--version", LocalFeed.Version);
        await consumer.MustSucceedAsync("add", "App.csproj", "package", "Kei.Runtime", "--version", LocalFeed.Version);
        if (withAgents)
        {
            AgentFixture.CopyTo(directory);
        }

        return consumer;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

    public Task<ProcessResult> BuildAsync(params string[] properties)
    {
        var arguments = new List<string> { "build", "App.csproj", "-nodeReuse:false", "--disable-build-servers" };
        arguments.AddRange(Array.ConvertAll(properties, p => "-p:" + p));
        return RunAsync([.. arguments]);
    }

    /// <summary>
    /// Runs dotnet with the CLI's per-user state (tool resolver cache, first-run files) inside the app's folder: the
    /// cache otherwise remembers kei 0.1.0 at the packages folder of an earlier, deleted consumer.
    /// </summary>
    public Task<ProcessResult> RunAsync(params string[] arguments)
        => ProcessRunner.RunDotnetAsync(Directory, arguments, Timeout, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.Combine(Directory, ".dotnet-home") });

    public async Task MustSucceedAsync(params string[] arguments)
    {
        ProcessResult result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, "dotnet " + string.Join(' ', arguments) + " failed:\n" + result.AllOutput);
    }

    private static string NuGetConfig(string feed, string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packages}" />
          </config>
          <packageSources>
            <add key="kei-local" value="{feed}" />
          </packageSources>
        </configuration>
        """;
}
