using System;
using System.Diagnostics;

namespace Kei.Runtime;

/// <summary>Kills a process and its descendants when they do not form a group of their own.</summary>
internal static class LocalProcessTree
{
    public static void Kill(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
        {
            // The process has already exited: nothing left to stop.
        }
    }
}
