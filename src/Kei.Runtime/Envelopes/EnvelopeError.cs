namespace Kei.Runtime;

/// <summary>Why a run failed: a stable code, a message, and a bounded tail of the job's stderr when there is one.</summary>
public sealed record EnvelopeError(string Code, string Message, string? StderrTail = null);
