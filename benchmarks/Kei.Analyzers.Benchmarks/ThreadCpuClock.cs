using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a machine shared with other builds, wall
/// time of a 20 ms operation is mostly waiting for a core; the thread's own CPU time is what the work costs.
/// Elsewhere it falls back to the process's CPU time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClockId = 3;

    public static bool IsThreadClock { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double NowMs()
    {
        if (IsThreadClock && TryRead(out double ms))
        {
            return ms;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    private static bool TryRead(out double ms)
    {
        ms = 0;
        try
        {
            if (clock_gettime(ThreadCpuTimeClockId, out TimeSpec time) != 0)
            {
                return false;
            }

            ms = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // A plain DllImport: LibraryImport would need unsafe code for one call.
    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
