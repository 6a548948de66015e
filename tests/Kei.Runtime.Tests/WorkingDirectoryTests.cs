using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>Where a local job runs: the launcher's current directory unless the function names one; the run folder comes through KEI_RUN_DIR.</summary>
public sealed class WorkingDirectoryTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_local_job_runs_in_the_launcher_s_current_directory_and_finds_its_run_folder_in_the_environment()
    {
        var variables = await RunAsync(TestJobs.Function());

        Assert.Equal(Directory.GetCurrentDirectory(), (string?)variables["cwd"]);
        var runFolder = (string)variables["KEI_RUN_DIR"]!;
        Assert.StartsWith(scratch.PathOf("runs"), runFolder, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(runFolder, "out"), (string?)variables["KEI_WRITE_PREFIX"]);
        Assert.True(File.Exists(Path.Combine(runFolder, "stderr.log")));
    }

    [Fact]
    public async Task A_function_s_working_directory_is_where_its_job_runs()
    {
        var project = Directory.CreateDirectory(scratch.PathOf("project")).FullName;

        var variables = await RunAsync(TestJobs.Function() with { WorkingDirectory = project });

        Assert.Equal(project, (string?)variables["cwd"]);
    }

    private async Task<JsonNode> RunAsync(GpuFunction function)
    {
        var test = TestLauncher.Create(scratch);
        var envFile = scratch.PathOf(Guid.NewGuid().ToString("N") + ".json");
        var call = await test.Launcher.SpawnAsync(function, TestJobs.Inputs(("env_file", envFile)), TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.True(envelope.IsSuccess, envelope.ToString());
        return JsonNode.Parse(await File.ReadAllTextAsync(envFile, TestContext.Current.CancellationToken))!;
    }
}
