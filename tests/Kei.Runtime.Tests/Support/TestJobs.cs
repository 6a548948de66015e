using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;

namespace Kei.Runtime.Tests.Support;

/// <summary>Functions that run the real test job program (tests/Kei.TestJob) through `dotnet`.</summary>
public static class TestJobs
{
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static string JobDll => Path.Combine(AppContext.BaseDirectory, "Kei.TestJob.dll");

    public static GpuFunction Function(string gpu = "A10:1", TimeSpan? timeout = null, Retries? retries = null,
                                       IReadOnlyList<string>? secrets = null) => new()
    {
        Name = "test-job",
        Image = "local",
        Command = [DotnetHost, JobDll, "job"],
        Gpu = gpu,
        Timeout = timeout ?? TimeSpan.FromMinutes(5),
        Retries = retries,
        Secrets = secrets ?? Array.Empty<string>(),
        ProgressEverySteps = 1,
    };

    public static JobInputs Inputs(params (string Name, object? Value)[] values)
    {
        var inputs = new JsonObject();
        foreach (var (name, value) in values)
        {
            inputs[name] = JsonValue.Create(value);
        }

        return JobInputs.FromJson(inputs.ToJsonString());
    }

    /// <summary>Finds the repository root (the folder with KeiAnalyzers.sln) above the test binaries.</summary>
    public static string RepositoryRoot() => Kei.Testing.RepositoryLocator.Root;
}
