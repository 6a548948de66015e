using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Kei.Runtime;

/// <summary>
/// The few libc calls .NET does not expose: a blocking <c>flock</c> on a descriptor .NET has not locked itself
/// (a <see cref="System.IO.FileStream"/> takes its own non-blocking lock on open), and <c>kill</c> of a process group.
/// </summary>
internal static class UnixNative
{
    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int SignalKill = 9;
    public const int InterruptedCall = 4; // EINTR on Linux and macOS

    static UnixNative()
    {
        // "libc" alone needs the C library's development link (libc.so) on glibc systems; the runtime name always exists.
        NativeLibrary.SetDllImportResolver(typeof(UnixNative).Assembly, ResolveLibc);
    }

    /// <summary>O_RDWR | O_CREAT | O_CLOEXEC, whose values differ between Linux and macOS.</summary>
    public static int ReadWriteCreateFlags => OperatingSystem.IsMacOS() ? 0x2 | 0x200 | 0x1000000 : 0x2 | 0x40 | 0x80000;

    public static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    public static extern int Flock(int descriptor, int operation);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    public static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int processId, int signal);

    private static IntPtr ResolveLibc(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != "libc" || !OperatingSystem.IsLinux())
        {
            return IntPtr.Zero;
        }

        return NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero;
    }
}
