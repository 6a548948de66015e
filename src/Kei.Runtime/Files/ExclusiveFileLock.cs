using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Kei.Runtime;

/// <summary>
/// An exclusive lock across processes: a lock file opened with <see cref="FileShare.None"/> (an advisory
/// <c>flock</c> on Unix). Waiting for another holder is not a retry of work, just a bounded wait for a turn.
/// </summary>
internal sealed class ExclusiveFileLock : IDisposable
{
    private readonly FileStream stream;

    private ExclusiveFileLock(FileStream stream) => this.stream = stream;

    public static ExclusiveFileLock Acquire(string lockPath, TimeSpan timeout)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var stream = TryOpen(lockPath);
            if (stream is not null)
            {
                return new ExclusiveFileLock(stream);
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Could not lock '{lockPath}' within {timeout.TotalSeconds:0} s.");
            }

            Thread.Sleep(Random.Shared.Next(1, 5));
        }
    }

    public void Dispose() => stream.Dispose();

    private static FileStream? TryOpen(string lockPath)
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
