namespace Kei.Runtime;

/// <summary>
/// The cost tiers: AUTO below <see cref="AutoBelowUsd"/>, WARN below <see cref="WarnBelowUsd"/> (allowed while the
/// day's spend plus the estimate stays within <see cref="DailyCapUsd"/>), STOP at or above it.
/// Defaults match the analyzers' <c>auto_below_usd</c>, <c>warn_below_usd</c> and <c>daily_cap_usd</c>.
/// </summary>
public sealed record CostPolicy(decimal AutoBelowUsd = 5m, decimal WarnBelowUsd = 20m, decimal DailyCapUsd = 20m)
{
    /// <summary>The default policy: 5, 20 and 20 USD.</summary>
    public static CostPolicy Default { get; } = new();

    /// <summary>The tier of an estimate's total.</summary>
    public CostTier Classify(CostEstimate estimate) => Classify(estimate.TotalUsd);

    /// <summary>The tier of an amount in USD.</summary>
    public CostTier Classify(decimal totalUsd) =>
        totalUsd < AutoBelowUsd ? CostTier.Auto
        : totalUsd < WarnBelowUsd ? CostTier.Warn
        : CostTier.Stop;
}
