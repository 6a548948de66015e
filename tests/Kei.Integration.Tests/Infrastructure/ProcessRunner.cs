using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>
/// Runs <c>dotnet</c> as a child process with a clean environment: no CI (which would switch check mode on), and none
/// of the MSBuild variables a test host may carry (they would point the child build at the wrong SDK pieces).
/// </summary>
public static class ProcessRunner
{
    private static readonly string[] StrippedVariables =
    [
        "CI", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "DOTNET_CLI_TELEMETRY_SESSIONID", "VSTEST_HOST_DEBUG",
    ];

    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Task<ProcessResult> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
        => RunProgramAsync(DotnetHost, workingDirectory, arguments, timeout, environment);

    /// <summary>Runs any program (e.g. <c>bash</c> for a script of dotnet commands) with the same clean environment.</summary>
    public static async Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
        => await RunAsync(StartInfo(program, workingDirectory, arguments, environment), timeout);

    /// <summary>How every <c>dotnet</c> child starts: output redirected, the environment cleaned (also for long-running servers).</summary>
    public static ProcessStartInfo DotnetStartInfo(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
        => StartInfo(DotnetHost, workingDirectory, arguments, environment);

    private static ProcessStartInfo StartInfo(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in StrippedVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        return start;
    }

    private static async Task<ProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var cancel = new System.Threading.CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', start.ArgumentList) + " did not finish within " + timeout);
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}
