using System;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// An adapter that can say when an ended job stopped running (the last write of its run folder), so an attempt is
/// settled to the time it ran even when the launcher that sees its end comes much later (a re-attach after the
/// launcher and its job were both killed).
/// </summary>
public interface IJobEndTimeSource
{
    /// <summary>When the ended job last ran, or null when that is not known (ask only once the job has ended).</summary>
    Task<DateTimeOffset?> GetEndTimeAsync(string jobId, CancellationToken ct);
}
