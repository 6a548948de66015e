using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Kei.Runtime;

/// <summary>
/// The lock of systems without <c>flock</c> (Windows): a lock file opened with <see cref="FileShare.None"/>, asked
/// for again after a short sleep. Not fair under contention, hence only the fallback of <see cref="ExclusiveFileLock"/>.
/// </summary>
internal static class PollingFileLock
{
    public static ExclusiveFileLock Acquire(string lockPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(lockPath) is { } stream)
            {
                return ExclusiveFileLock.FromRelease(stream.Dispose);
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Could not lock '{lockPath}' within {timeout.TotalMinutes:0.#} min: another process has held it all that time.");
            }

            Thread.Sleep(Random.Shared.Next(1, 5));
        }
    }

    public static FileStream? TryOpen(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
