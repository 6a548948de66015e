namespace Kei.Runtime;

/// <summary>Complete lines of a job's stderr log, and the offset to ask from next.</summary>
public sealed record JobLogChunk(string Text, long NextOffset)
{
    /// <summary>Nothing new since <paramref name="offset"/>.</summary>
    public static JobLogChunk Empty(long offset) => new(string.Empty, offset);
}
