using System;
using System.Globalization;

namespace Kei.Runtime;

/// <summary>
/// The worst-case cost of GPU work: <paramref name="Gpus"/> GPUs for <paramref name="Hours"/> hours each at
/// <paramref name="UsdPerHour"/> dollars per GPU-hour (hours are the attempt timeout, times the run count).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> renders, with the invariant culture, exactly
/// <c>Estimate: $T (= G × H h × $P/hr/gpu)</c> where T is <see cref="TotalUsd"/> rounded half away from zero to
/// two decimals (<c>0.00</c>), G the GPU count, H the hours with at most two decimals and no trailing zeros
/// (<c>0.##</c>) and P the hourly price with two decimals (<c>0.00</c>); the multiplication sign is U+00D7.
/// Example: <c>Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)</c>. The analyzers (KEI008/KEI009) print the same text.
/// </remarks>
public readonly record struct CostEstimate(int Gpus, double Hours, decimal UsdPerHour)
{
    /// <summary>GPUs × hours × price, unrounded.</summary>
    public decimal TotalUsd => Gpus * (decimal)Hours * UsdPerHour;

    /// <summary>The estimate in a form a person can check by hand (see the remarks for the exact format).</summary>
    public override string ToString()
    {
        var total = decimal.Round(TotalUsd, 2, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture,
            $"Estimate: ${total:0.00} (= {Gpus} × {Hours:0.##} h × ${UsdPerHour:0.00}/hr/gpu)");
    }
}
