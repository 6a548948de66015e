
namespace Kei.Runtime;

/// <summary>The state words of the HTTP contract (<c>GET /jobs/{id}</c> → <c>{"state":…}</c>).</summary>
public static class JobStatusText
{
    /// <summary>The lower-case word of a state.</summary>
    public static string ToText(JobStatus status) => status switch
    {
        JobStatus.Pending => "pending",
        JobStatus.Running => "running",
        JobStatus.Succeeded => "succeeded",
        JobStatus.Failed => "failed",
        JobStatus.Cancelled => "cancelled",
        _ => "lost",
    };

    /// <summary>The state of a word; an unknown word throws <c>ERR_INTERNAL</c>.</summary>
    public static JobStatus Parse(string? text) => text switch
    {
        "pending" => JobStatus.Pending,
        "running" => JobStatus.Running,
        "succeeded" => JobStatus.Succeeded,
        "failed" => JobStatus.Failed,
        "cancelled" => JobStatus.Cancelled,
        "lost" => JobStatus.Lost,
        _ => throw new KeiRuntimeException(ErrorCodes.Internal, $"The endpoint answered an unknown state '{text}'."),
    };

    /// <summary>Whether a state is final.</summary>
    public static bool IsFinished(JobStatus status) => status is not (JobStatus.Pending or JobStatus.Running);

}
