using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Kei.Runtime;

/// <summary>
/// Tells a process apart from a later one that reuses its id: the start time the kernel keeps for it (on Linux the
/// exact clock-tick count of <c>/proc/&lt;pid&gt;/stat</c>, elsewhere the start time to the second).
/// </summary>
internal static class ProcessIdentity
{
    /// <summary>The start token of a running process, or null when no process has that id.</summary>
    public static string? StartToken(int processId)
    {
        try
        {
            return OperatingSystem.IsLinux() ? LinuxStartTicks(processId) : OtherStartSeconds(processId);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return null; // gone between the question and the answer
        }
    }

    /// <summary>Whether the process that had <paramref name="startToken"/> still runs.</summary>
    public static bool IsRunning(int processId, string startToken) =>
        string.Equals(StartToken(processId), startToken, StringComparison.Ordinal);

    private static string? LinuxStartTicks(int processId)
    {
        var statPath = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!File.Exists(statPath))
        {
            return null;
        }

        // Field 2 (the command name) may hold spaces and parentheses: count fields after its closing parenthesis.
        var stat = File.ReadAllText(statPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] == "Z" ? null : fields[19]; // a zombie has ended; field 22 is the start time
    }

    private static string OtherStartSeconds(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return (process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);
    }
}
