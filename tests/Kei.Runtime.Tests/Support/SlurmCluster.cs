using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>
/// The real local Slurm cluster of scripts/slurm-local.sh. Tests skip, saying why, when none answers here;
/// with KEI_REQUIRE_SLURM=1 (CI) they fail instead, so a broken cluster is never silently skipped.
/// </summary>
public static class SlurmCluster
{
    private static readonly Lazy<string?> Unavailable = new(FindUnavailableReason);

    public static void RequireRunning()
    {
        if (Unavailable.Value is not { } reason)
        {
            return;
        }

        var message = $"No Slurm cluster reachable: {reason}. Start one with `sudo bash scripts/slurm-local.sh install && sudo bash scripts/slurm-local.sh start`.";
        if (Environment.GetEnvironmentVariable("KEI_REQUIRE_SLURM") == "1")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a subcommand of scripts/slurm-local.sh (start, stop-controller, …) and returns its exit code.</summary>
    public static async Task<int> ScriptAsync(string subcommand)
    {
        var script = Path.Combine(TestJobs.RepositoryRoot(), "scripts", "slurm-local.sh");
        using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { script, subcommand }, UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public static async Task<string> RunAsync(string command, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim();
    }

    private static string? FindUnavailableReason()
    {
        try
        {
            using var ping = Process.Start(new ProcessStartInfo("scontrol")
            {
                ArgumentList = { "ping" }, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            var output = ping.StandardOutput.ReadToEnd();
            ping.WaitForExit(15_000);
            return ping.HasExited && ping.ExitCode == 0 && output.Contains("UP", StringComparison.Ordinal)
                ? null : $"`scontrol ping` says: {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "the Slurm client commands are not installed";
        }
    }
}
