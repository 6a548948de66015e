using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>Runs the built <c>kei</c> tool (<c>dotnet kei.dll …</c>) with a line of stdin, as a person at a terminal would.</summary>
public static class KeiTool
{
    public static string Dll => Path.Combine(TestJobs.RepositoryRoot(), "src", "Kei.Cli", "bin",
        typeof(KeiTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release", "net10.0", "kei.dll");

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(string? stdin, IReadOnlyDictionary<string, string>? environment,
                                                                                   params string[] arguments)
    {
        var start = new ProcessStartInfo(TestJobs.DotnetHost)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(stdin ?? string.Empty);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(4), TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) => RunWithInputAsync(null, null, arguments);
}
