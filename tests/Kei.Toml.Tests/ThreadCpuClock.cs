using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Kei.Toml.Tests
{
    /// <summary>
    /// CPU time of the calling thread where the OS offers it (Linux: clock_gettime with CLOCK_THREAD_CPUTIME_ID, in
    /// nanoseconds), else wall time. Unlike wall time it does not count the time the thread waited for a core, which
    /// on a machine shared with other builds is most of the noise.
    /// </summary>
    public static class ThreadCpuClock
    {
        private const int ThreadCpuTimeClockId = 3;

        public static bool IsCpuTime => OperatingSystem.IsLinux();

        public static double NowMilliseconds()
        {
            if (IsCpuTime && ClockGetTime(ThreadCpuTimeClockId, out TimeSpec now) == 0)
            {
                return (now.Seconds * 1000.0) + (now.Nanoseconds / 1e6);
            }

            return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clockId, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
