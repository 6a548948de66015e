using System;

namespace Kei.Runtime;

/// <summary>
/// Money and minutes as the ledger keeps them: exact decimals computed from ticks (never from a binary
/// <see cref="double"/>), dollars to a hundredth of a cent and minutes to a hundredth, rounded half away from zero.
/// </summary>
public static class CostMath
{
    /// <summary>Decimal places of a dollar amount in the ledger.</summary>
    public const int UsdDecimals = 4;

    /// <summary>Decimal places of a minute count in the ledger.</summary>
    public const int MinuteDecimals = 4;

    /// <summary>What <paramref name="gpus"/> GPUs cost for <paramref name="duration"/> at <paramref name="usdPerHour"/> each.</summary>
    public static decimal UsdFor(int gpus, decimal usdPerHour, TimeSpan duration)
    {
        var hours = (decimal)Math.Max(0, duration.Ticks) / TimeSpan.TicksPerHour;
        return RoundUsd(gpus * usdPerHour * hours);
    }

    /// <summary>A duration in minutes, rounded to <see cref="MinuteDecimals"/> places.</summary>
    public static decimal MinutesOf(TimeSpan duration) =>
        decimal.Round((decimal)Math.Max(0, duration.Ticks) / TimeSpan.TicksPerMinute, MinuteDecimals, MidpointRounding.AwayFromZero);

    /// <summary>An amount rounded to <see cref="UsdDecimals"/> places.</summary>
    public static decimal RoundUsd(decimal usd) => decimal.Round(usd, UsdDecimals, MidpointRounding.AwayFromZero);

    /// <summary>A minute count rounded to <see cref="MinuteDecimals"/> places.</summary>
    public static decimal RoundMinutes(decimal minutes) => decimal.Round(minutes, MinuteDecimals, MidpointRounding.AwayFromZero);
}
