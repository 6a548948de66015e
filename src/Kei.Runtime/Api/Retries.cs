using System;

namespace Kei.Runtime;

/// <summary>
/// How the launcher resubmits a failed attempt: at most <paramref name="MaxRetries"/> more attempts, each delay
/// <c>InitialDelay × BackoffCoefficient^n</c> with jitter, capped by <paramref name="MaxDelay"/>.
/// Inputs errors (<c>ERR_INPUTS</c>, <c>ERR_MISSING_SECRET</c>) are never retried.
/// </summary>
public sealed record Retries(int MaxRetries, double BackoffCoefficient = 2.0,
                             TimeSpan? InitialDelay = null, TimeSpan? MaxDelay = null)
{
    /// <summary>The delay before the first retry when <see cref="InitialDelay"/> is not given.</summary>
    public static readonly TimeSpan DefaultInitialDelay = TimeSpan.FromSeconds(1);

    /// <summary>The cap of one delay when <see cref="MaxDelay"/> is not given.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromMinutes(1);
}
