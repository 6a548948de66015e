using System;

namespace Kei.Runtime;

/// <summary>
/// The current attempt of a run as its record keeps it: number, adapter, engine job id and start once submitted,
/// and the budget it holds (settled by whichever process sees it end). <paramref name="FallbackReason"/> says why it
/// runs on the fallback adapter; such an attempt is not charged in dollars.
/// </summary>
public sealed record RunAttempt(int Number, string Adapter, string? EngineJobId, DateTimeOffset? StartedUtc,
                                BudgetReservation? Reservation, int Gpus, decimal UsdPerHour, string? FallbackReason)
{
    /// <summary>Whether the attempt is charged in dollars (false on the fallback adapter).</summary>
    public bool Charged => FallbackReason is null;

    /// <summary>The adapter of a launcher's context that runs this attempt.</summary>
    internal IJobAdapter AdapterIn(RunContext context) => context.AdapterNamed(Adapter);
}
