using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>Reads all of a job's log from an offset, chunk after chunk, up to what has been written so far.</summary>
internal static class JobLogReading
{
    public static async Task<JobLogChunk> ReadToEndAsync(IJobLogReader reader, string jobId, long offset, CancellationToken ct)
    {
        var text = new StringBuilder();
        var next = offset;
        for (var chunk = await reader.ReadLogAsync(jobId, next, ct).ConfigureAwait(false); chunk.NextOffset > next;
             chunk = await reader.ReadLogAsync(jobId, next, ct).ConfigureAwait(false))
        {
            text.Append(chunk.Text);
            next = chunk.NextOffset;
        }

        return new JobLogChunk(text.ToString(), next);
    }
}
