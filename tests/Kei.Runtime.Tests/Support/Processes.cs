using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>Whether a process still runs, and waits for a process to end or a file to appear, bounded generously.</summary>
public static class Processes
{
    /// <summary>A zombie (ended, not reaped yet by its new parent) counts as ended.</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var text = File.ReadAllText(stat);
                return text[(text.LastIndexOf(')') + 2)] != 'Z';
            }
            catch (IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Waits until the process has ended; false if it still runs after <paramref name="bound"/>.</summary>
    public static async Task<bool> WaitUntilGoneAsync(int pid, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return true;
    }

    /// <summary>Reads a process id the job wrote (atomically) to <paramref name="pidFile"/>, waiting up to two minutes for it.</summary>
    public static async Task<int> ReadPidAsync(string pidFile)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(pidFile))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"{pidFile} did not appear within 2 min");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return int.Parse(await File.ReadAllTextAsync(pidFile, TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
    }
}
