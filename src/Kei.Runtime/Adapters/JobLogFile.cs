using System;
using System.IO;
using System.Text;

namespace Kei.Runtime;

/// <summary>
/// Reads a log file that a job is still appending to: from an offset up to the last complete line, so an event
/// line half written is read whole on the next call. Works from any process, as the file is the only state.
/// </summary>
internal static class JobLogFile
{
    private const int MaxChunkBytes = 1 << 20;

    public static JobLogChunk Read(string path, long offset)
    {
        if (!File.Exists(path))
        {
            return JobLogChunk.Empty(offset);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length <= offset)
        {
            return JobLogChunk.Empty(offset);
        }

        stream.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[(int)Math.Min(MaxChunkBytes, stream.Length - offset)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            return JobLogChunk.Empty(offset);
        }

        var complete = Array.LastIndexOf(buffer, (byte)'\n', read - 1) + 1;
        if (complete == 0 && read == MaxChunkBytes)
        {
            complete = read; // one line longer than a chunk: passed on in pieces rather than never
        }

        return new JobLogChunk(Encoding.UTF8.GetString(buffer, 0, complete), offset + complete);
    }

    /// <summary>The last <paramref name="maxChars"/> characters of the file, or null when it is missing or empty.</summary>
    public static string? Tail(string path, int maxChars)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var start = Math.Max(0, stream.Length - (4L * maxChars));
        stream.Seek(start, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Length == 0 ? null : text.Length <= maxChars ? text : text[^maxChars..];
    }
}
