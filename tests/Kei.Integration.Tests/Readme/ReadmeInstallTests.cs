using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Readme;

/// <summary>
/// The README's Install and "Your first build" commands, taken from README.md and run as written in one shell: in a
/// copy of the repository (the clone a user packs from), then in a new project beside it, outside the repository,
/// with a private NuGet packages folder. The project must end up building with the agent's diagnostics.
/// </summary>
public sealed class ReadmeInstallTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    private readonly string work = TempTree.NewPath("kei-readme-");

    [Fact]
    public async Task The_install_and_first_build_commands_run_verbatim_and_the_project_gets_KEI_diagnostics()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        IReadOnlyList<string> install = ReadmeCommands.Of(readme, "## Install");
        IReadOnlyList<string> firstBuild = ReadmeCommands.Of(readme, "## Your first build");
        Assert.Equal(2, install.Count);
        Assert.Single(firstBuild);
        Prepare();

        // The lines the test adds between the clone's commands and the project's: a private packages folder and CLI
        // state, so nothing comes from an earlier install of the same version (the clone's pack keeps the machine's
        // packages folder, which already holds its own dependencies).
        string script = "set -euo pipefail\n" + install[0] + "\n" + PrivateState() + install[1] + "\n" + firstBuild[0] + "\n";
        ProcessResult run = await ProcessRunner.RunProgramAsync("bash", PathOf("KeiAnalyzers"), ["-c", script], Timeout);

        Assert.True(run.ExitCode == 0, "the README's commands failed:\n" + run);
        string app = PathOf("MyApp");
        Assert.True(File.Exists(Path.Combine(app, "_generated", "my-agent.md")), "the first build wrote no agent document:\n" + run);
        Assert.True(Directory.Exists(PathOf(".packages/keianalyzers/0.1.0")), "KeiAnalyzers was not restored into the private packages folder");

        File.WriteAllText(Path.Combine(app, "Long.cs"), LongMethodSource.Of(statements: 31, @namespace: "MyApp"));
        ProcessResult build = await ProcessRunner.RunProgramAsync("bash", app, ["-c", PrivateState() + "dotnet build -tl:off"], Timeout);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): error KEI101: Method 'Count' spans 36 lines; the limit is 30", build.StandardOutput);
    }

    public void Dispose() => TempTree.Delete(work);

    private void Prepare()
    {
        RepositoryCopy.To(PathOf("KeiAnalyzers"));
        // Stop MSBuild's search for Directory.Build.* files above the new project (the copy has its own).
        File.WriteAllText(PathOf("Directory.Build.props"), "<Project />");
        File.WriteAllText(PathOf("Directory.Build.targets"), "<Project />");
    }

    private string PathOf(string relative) => Path.Combine(work, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// The private NuGet packages folder, and the dotnet CLI's per-user state (first-run files, the local tool resolver
    /// cache) in the work folder: the cache otherwise remembers kei 0.1.0 in the packages folder of an earlier run.
    /// </summary>
    private string PrivateState()
        => "export NUGET_PACKAGES=\"" + PathOf(".packages") + "\" DOTNET_CLI_HOME=\"" + PathOf(".dotnet-home") + "\"\n";
}
