using System;
using System.IO;
using System.Linq;

namespace Kei.Runtime;

/// <summary>The last write time among a job's files: when an ended job last did anything.</summary>
internal static class RunFolderClock
{
    public static DateTimeOffset? LastWrite(params string[] paths)
    {
        var times = paths.Where(File.Exists).Select(path => new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero)).ToArray();
        return times.Length == 0 ? null : times.Max();
    }
}
