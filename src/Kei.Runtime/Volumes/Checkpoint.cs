using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace Kei.Runtime;

/// <summary>
/// A resumable training state: the step, the model/optimizer state bytes (never empty: metrics alone cannot
/// resume a run, see KEI007) and metrics. Saved with the SHA-256 of <see cref="State"/>, verified on load.
/// </summary>
public sealed record Checkpoint(long Step, ReadOnlyMemory<byte> State, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>The lower-case hex SHA-256 of <see cref="State"/>.</summary>
    public string StateSha256 => Convert.ToHexStringLower(SHA256.HashData(State.Span));
}
