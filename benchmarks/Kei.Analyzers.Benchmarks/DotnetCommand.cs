using System;
using System.Diagnostics;
using System.IO;

namespace Kei.Analyzers.Benchmarks;

/// <summary>Runs <c>dotnet</c> with an argument list and returns its wall time; a failure throws with the output.</summary>
internal static class DotnetCommand
{
    public static double Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or first-run banner in the timed process: both would be noise outside the build itself.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var watch = Stopwatch.StartNew();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        double elapsed = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + string.Join(' ', arguments) + " failed (" + process.ExitCode + "):\n" + output.Result + error.Result);
        }

        return elapsed;
    }
}
