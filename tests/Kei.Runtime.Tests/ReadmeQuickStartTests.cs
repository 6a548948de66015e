using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>
/// The README's "Runtime quick start" as written: its C# block is the whole program of a new console project
/// (implicit usings, as <c>dotnet new console</c> makes it) next to a real <c>train.py</c> (the Python job of
/// docs/runtime.md), built with <c>dotnet build</c> and run from the project's folder.
/// </summary>
public sealed class ReadmeQuickStartTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task The_readme_quick_start_runs_train_py_next_to_the_project_and_prints_only_the_envelope()
    {
        Assert.SkipUnless(RepositoryText.HasPython3(), "python3 is not installed here, so the quick start's train.py cannot run.");
        var project = Directory.CreateDirectory(scratch.PathOf("quickstart")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), RepositoryText.Block("README.md", "## Runtime quick start", "```csharp"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(project, "train.py"), RepositoryText.Block("docs/runtime.md", "## The job's side", "```python"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(project, "QuickStart.csproj"), ProjectFile(), TestContext.Current.CancellationToken);
        var isolated = new Dictionary<string, string> { ["XDG_DATA_HOME"] = scratch.PathOf("user-data"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };

        var build = await RunAsync(project, isolated, "build", "QuickStart.csproj", "-c", "Release", "-o", "bin", "--nologo", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        var run = await RunAsync(project, isolated, Path.Combine("bin", "QuickStart.dll"));

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.StartsWith("Estimate: $1.98 (= 1 × 0.5 h × $3.95/hr/gpu)", run.Stderr, StringComparison.Ordinal);
        var envelope = Envelope.Parse(Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal(["metrics.json"], envelope.Outputs.Select(output => output.Path));
        var ledger = new BudgetLedger(Path.Combine(scratch.PathOf("user-data"), "kei", "budget-ledger.json")).GetToday();
        Assert.Equal(0m, ledger.ReservedUsd);
        Assert.InRange(ledger.SpentUsd, 0.0001m, 1m); // seconds of one H100, not the $1.98 estimate
    }

    /// <summary>A console project as <c>dotnet new console</c> makes it, referencing the built Kei.Runtime and its two dependencies.</summary>
    private static string ProjectFile()
    {
        var references = string.Join("\n", new[] { "Kei.Runtime", "Polly.Core", "Microsoft.Extensions.Logging.Abstractions" }
            .Select(name => $"    <Reference Include=\"{name}\" HintPath=\"{Path.Combine(AppContext.BaseDirectory, name + ".dll")}\" />"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string folder, IReadOnlyDictionary<string, string> environment,
                                                                                    params string[] arguments)
    {
        var start = new ProcessStartInfo(TestJobs.DotnetHost) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(8), TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
