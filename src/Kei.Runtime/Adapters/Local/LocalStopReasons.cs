namespace Kei.Runtime;

/// <summary>What the <c>stopped</c> file of a local run folder says: why the adapter killed the job.</summary>
internal static class LocalStopReasons
{
    public const string Cancelled = "cancelled";

    public const string Timeout = "timeout";
}
