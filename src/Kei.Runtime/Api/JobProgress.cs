namespace Kei.Runtime;

/// <summary>The last progress a job reported: <paramref name="Step"/> of <paramref name="Total"/>.</summary>
public readonly record struct JobProgress(long Step, long Total)
{
    /// <summary>The share done, 0 to 100 (0 when the total is unknown).</summary>
    public int Percent => Total <= 0 ? 0 : (int)(System.Math.Clamp(Step, 0, Total) * 100 / Total);
}
