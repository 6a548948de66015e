namespace Kei.Runtime;

/// <summary>One artifact of a successful run, as a path relative to the run's write prefix.</summary>
public sealed record EnvelopeOutput(string Path);
