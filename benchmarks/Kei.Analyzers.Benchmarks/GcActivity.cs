namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Garbage collections during one pass and their total pause. A pause stops every thread, so the driver's telemetry
/// charges it to whichever analyzer callback happens to be running: this is the size of that noise.
/// </summary>
internal sealed record GcActivity(int Collections, double PauseMs);
