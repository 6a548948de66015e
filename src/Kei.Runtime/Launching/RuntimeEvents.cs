using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// The event names of every runtime log line. Applications route them as NDJSON to stderr (the JSON console
/// formatter); the names are stable so that log queries keep working.
/// </summary>
public static class RuntimeEvents
{
    /// <summary>The launcher picked an adapter.</summary>
    public static readonly EventId AdapterSelected = new(5001, "adapter.selected");

    /// <summary>An engine answered its health check.</summary>
    public static readonly EventId AdapterHealthOk = new(5002, "adapter.health.ok");

    /// <summary>An engine failed its health check.</summary>
    public static readonly EventId AdapterHealthError = new(5003, "adapter.health.error");

    /// <summary>An attempt was submitted.</summary>
    public static readonly EventId JobSubmit = new(5004, "job.submit");

    /// <summary>A job changed state (or reported progress).</summary>
    public static readonly EventId JobState = new(5005, "job.state");

    /// <summary>A failed attempt is resubmitted.</summary>
    public static readonly EventId JobRetry = new(5006, "job.retry");

    /// <summary>A cost estimate was made.</summary>
    public static readonly EventId CostEstimate = new(5007, "cost.estimate");

    /// <summary>The cost guard allowed or refused an attempt.</summary>
    public static readonly EventId CostDecision = new(5008, "cost.decision");

    /// <summary>An attempt's reservation was settled to what it used.</summary>
    public static readonly EventId CostSettle = new(5012, "cost.settle");

    /// <summary>Auto mode: the cost guard sent an attempt to the fallback adapter (the message says why).</summary>
    public static readonly EventId CostFallback = new(5013, "cost.fallback");

    /// <summary>A launcher re-attached to a run started by another process.</summary>
    public static readonly EventId JobAttach = new(5014, "job.attach");

    /// <summary>A volume commit was published.</summary>
    public static readonly EventId VolumeCommit = new(5009, "volume.commit");

    /// <summary>An adapter or engine failure observed by the launcher.</summary>
    public static readonly EventId ErrorAdapter = new(5011, "error.adapter");

    /// <summary>A run ended in an error envelope: the event is named <c>error.&lt;code&gt;</c>, e.g. <c>error.ERR_BUDGET</c>.</summary>
    public static EventId Error(string code) => new(5010, "error." + code);
}
