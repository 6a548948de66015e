namespace Kei.Runtime;

/// <summary>The answer of <see cref="IJobAdapter.CheckHealthAsync"/>: healthy, or the <c>ERR_*</c> code and why not.</summary>
public sealed record HealthReport(bool IsHealthy, string? ErrorCode, string Detail)
{
    /// <summary>A healthy report with a short detail (no secrets, no host data needed).</summary>
    public static HealthReport Healthy(string detail) => new(true, null, detail);

    /// <summary>An unhealthy report carrying its stable error code.</summary>
    public static HealthReport Unhealthy(string errorCode, string detail) => new(false, errorCode, detail);
}
