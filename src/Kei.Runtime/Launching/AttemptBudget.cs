using System.Collections.Generic;

namespace Kei.Runtime;

/// <summary>
/// The cost guard's answer for one attempt: refused (why), or allowed on an adapter (the launcher's own, or the
/// fallback with the reason) with the reservation it holds until the attempt is settled.
/// </summary>
internal sealed record AttemptBudget(CostDecision Decision, IJobAdapter? Adapter, BudgetReservation? Reservation, string? FallbackReason)
{
    public bool IsAllowed => Decision.IsAllowed;

    /// <summary>The attempt as a run record keeps it once it is about to be submitted.</summary>
    public RunAttempt ToAttempt(int number) => new(number, Adapter!.Name, null, null, Reservation,
        Decision.Estimate.Gpus, Decision.Estimate.UsdPerHour, FallbackReason);

    /// <summary>The envelope, saying in its meta when the attempt ran on the fallback adapter and why.</summary>
    public static Envelope Annotate(Envelope envelope, string? fallbackAdapter, string? fallbackReason)
    {
        if (fallbackReason is null)
        {
            return envelope;
        }

        var meta = new Dictionary<string, object>(envelope.Meta, System.StringComparer.Ordinal)
        {
            ["fallback_adapter"] = fallbackAdapter ?? "fallback",
            ["fallback_reason"] = fallbackReason,
        };
        return Envelope.Create(envelope.Status, envelope.RunId, envelope.Outputs, envelope.IndexPath, envelope.Error, meta);
    }
}
