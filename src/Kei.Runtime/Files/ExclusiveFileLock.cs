using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// An exclusive lock across processes on a lock file. On Unix it is a blocking <c>flock</c>: a waiter sleeps in the
/// kernel's queue and is woken by every release, so no process loses its turn to a sleep between polls (the old
/// polling lock starved waiters on a loaded machine). The wait is bounded generously; past the bound the error
/// names the file and what to look for. The kernel drops the lock when its holder dies, even by <c>kill -9</c>.
/// </summary>
internal sealed class ExclusiveFileLock : IDisposable
{
    /// <summary>The default bound of a wait: long enough for a busy machine, short enough to report a stuck holder.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    private readonly Action release;
    private int released;

    private ExclusiveFileLock(Action release) => this.release = release;

    /// <summary>Waits for the lock (at most <paramref name="timeout"/>) and returns it; dispose to release.</summary>
    public static ExclusiveFileLock Acquire(string lockPath, TimeSpan timeout)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        return UnixNative.IsSupported ? AcquireUnix(lockPath, timeout) : PollingFileLock.Acquire(lockPath, timeout);
    }

    /// <summary>Takes the lock if nobody holds it; null otherwise (never waits).</summary>
    public static ExclusiveFileLock? TryAcquire(string lockPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        if (!UnixNative.IsSupported)
        {
            return PollingFileLock.TryOpen(lockPath) is { } stream ? new ExclusiveFileLock(stream.Dispose) : null;
        }

        var descriptor = OpenDescriptor(lockPath);
        if (UnixNative.Flock(descriptor, UnixNative.LockExclusive | UnixNative.LockNonBlocking) == 0)
        {
            return Holding(descriptor);
        }

        UnixNative.Close(descriptor);
        return null;
    }

    internal static ExclusiveFileLock FromRelease(Action release) => new(release);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            release();
        }
    }

    private static ExclusiveFileLock AcquireUnix(string lockPath, TimeSpan timeout)
    {
        var descriptor = OpenDescriptor(lockPath);
        var waiter = Task.Factory.StartNew(() => BlockUntilLocked(descriptor), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (waiter.Wait(timeout))
        {
            return waiter.Result == 0 ? Holding(descriptor) : throw Failed(descriptor, lockPath, waiter.Result);
        }

        // The blocked call cannot be interrupted: once it returns, the lock it got is released at once.
        waiter.ContinueWith(_ => UnixNative.Close(descriptor), TaskScheduler.Default);
        throw new TimeoutException($"Could not lock '{lockPath}' within {timeout.TotalMinutes:0.#} min: another process " +
            "has held it all that time. Look for a stuck process with the file open (e.g. `fuser " + lockPath + "`).");
    }

    /// <summary>Blocks in <c>flock</c> until the lock is held; returns 0, or the error number of a failure.</summary>
    private static int BlockUntilLocked(int descriptor)
    {
        while (UnixNative.Flock(descriptor, UnixNative.LockExclusive) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error != UnixNative.InterruptedCall)
            {
                return error;
            }
        }

        return 0;
    }

    private static int OpenDescriptor(string lockPath)
    {
        var descriptor = UnixNative.Open(lockPath, UnixNative.ReadWriteCreateFlags, Convert.ToInt32("666", 8));
        return descriptor >= 0 ? descriptor
            : throw new IOException($"Cannot open lock file '{lockPath}': {Marshal.GetLastPInvokeErrorMessage()}");
    }

    private static ExclusiveFileLock Holding(int descriptor) => new(() => UnixNative.Close(descriptor));

    private static IOException Failed(int descriptor, string lockPath, int error)
    {
        UnixNative.Close(descriptor);
        return new IOException($"Cannot lock '{lockPath}': {Marshal.GetPInvokeErrorMessage(error)}");
    }
}
