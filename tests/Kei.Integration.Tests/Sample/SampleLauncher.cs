using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Sample;

/// <summary>Runs samples/TrainingLauncher (built by the test project) in its own temp folder, as the README's main command does.</summary>
public sealed class SampleLauncher : IDisposable
{
    public SampleLauncher()
    {
        Directory.CreateDirectory(WorkingDirectory);
    }

    public static string ProjectPath => Path.Combine(RepoPaths.Root, "samples", "TrainingLauncher", "TrainingLauncher.csproj");

    public static string Assembly => Path.Combine(RepoPaths.Root, "samples", "TrainingLauncher", "bin", RepoPaths.Configuration, "net10.0", "TrainingLauncher.dll");

    public string WorkingDirectory { get; } = TempTree.NewPath("kei-sample-");

    public string VolumePath => Path.Combine(WorkingDirectory, "volume");

    public Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    public Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => ProcessRunner.RunDotnetAsync(WorkingDirectory, [Assembly, "--volume", VolumePath, .. arguments], TimeSpan.FromMinutes(5), environment);

    /// <summary>
    /// Starts the launcher without waiting, so a test can interrupt it. SIGINT is set to its default first
    /// (<c>env --default-signal=INT</c>): a test host started in the background passes SIGINT on ignored, and Ctrl+C
    /// at a terminal reaches a launcher that does not ignore it.
    /// </summary>
    public Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("env") { WorkingDirectory = WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "--default-signal=INT", ProcessRunner.DotnetHost, Assembly, "--volume", VolumePath }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the sample");
    }

    /// <summary>The envelope: stdout holds it and nothing else.</summary>
    public static JsonObject Envelope(ProcessResult result)
    {
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "stdout is not just the envelope:\n" + result.StandardOutput);
        return JsonNode.Parse(lines[0])!.AsObject();
    }

    public void Dispose() => TempTree.Delete(WorkingDirectory);
}
