using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Package;

/// <summary>The packages as users consume them: a fresh console project, packages from a folder feed, no project references.</summary>
public sealed class PackageConsumerTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    private const string UsesPolicy = """
        namespace App;

        public static class Policy
        {
            public static int Limit() => Kei.Agents.ModalRunner.Params.MaxFunctionLines;
        }
        """;

    private const string MapsOverInputs = """
        using System.Threading.Tasks;
        using Kei.Runtime;

        namespace App;

        public static class Fan
        {
            public static async Task RunAsync(JobLauncher launcher, GpuFunction function, JobInputs[] inputs)
            {
                await foreach (Envelope envelope in launcher.MapAsync(function, inputs))
                {
                    System.Console.Error.WriteLine(envelope.Status);
                }
            }
        }
        """;

    [Fact]
    public async Task Documents_classes_diagnostics_and_the_agent_policy_work_from_the_packages()
    {
        PackageConsumer app = await PackageConsumer.CreateAsync(feed, withAgents: true);
        app.Write("Policy.cs", UsesPolicy);
        app.Write("Long.cs", LongMethodSource.Of(statements: 36));

        ProcessResult build = await app.BuildAsync();
        Assert.True(build.ExitCode == 0, build.AllOutput);
        Assert.True(File.Exists(Path.Combine(app.Directory, "_generated", "modal-runner.md")), "documents not written");
        Assert.True(File.Exists(Path.Combine(app.Directory, "_generated", "index.md")), "index not written");
        Assert.Matches(@"Long\.cs\(\d+,\d+\): warning KEI101: Method 'Count' spans 41 lines; the limit is 30", build.StandardOutput);

        ProcessResult enforced = await app.BuildAsync("KeiAgent=code-implementer");
        Assert.NotEqual(0, enforced.ExitCode);
        Assert.Matches(@"Long\.cs\(\d+,\d+\): error KEI101: Method 'Count' spans 41 lines; the limit is 25", enforced.StandardOutput);

        app.Write("Fan.cs", MapsOverInputs);
        ProcessResult mapped = await app.BuildAsync();
        Assert.Matches(@"Fan\.cs\(\d+,\d+\): error KEI001: ", mapped.StandardOutput);
    }

    [Fact]
    public async Task The_kei_tool_installs_from_the_feed_and_checks_and_lints()
    {
        PackageConsumer app = await PackageConsumer.CreateAsync(feed, withAgents: true);
        await app.MustSucceedAsync("new", "tool-manifest");
        await app.MustSucceedAsync("tool", "install", "kei", "--version", LocalFeed.Version);
        await app.MustSucceedAsync("kei", "render", "--root", ".");

        Assert.Equal(0, (await app.RunAsync("kei", "lint", "--root", ".")).ExitCode);
        Assert.Equal(0, (await app.RunAsync("kei", "check", "--root", ".")).ExitCode);
        File.AppendAllText(Path.Combine(app.Directory, "_generated", "modal-runner.md"), "hand edit\n");
        ProcessResult stale = await app.RunAsync("kei", "check", "--root", ".");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("modal-runner.md", stale.AllOutput);
    }

    [Fact]
    public async Task A_project_without_manifests_gets_nothing_from_the_package_but_one_message_saying_so()
    {
        PackageConsumer app = await PackageConsumer.CreateAsync(feed, withAgents: false);
        app.Write("Long.cs", LongMethodSource.Of(statements: 36));

        ProcessResult build = await app.BuildAsync();

        Assert.True(build.ExitCode == 0, build.AllOutput);
        string kei = Assert.Single(build.StandardOutput.Split('\n'), line => line.Contains("KEI", System.StringComparison.Ordinal));
        Assert.Contains("App.csproj : message KEI220: KeiAnalyzers found no agent manifests in '" + app.Directory + "'", kei);
        Assert.False(Directory.Exists(Path.Combine(app.Directory, "_generated")));
    }
}
