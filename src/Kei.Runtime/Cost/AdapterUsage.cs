namespace Kei.Runtime;

/// <summary>Today's use of one adapter: settled dollars and minutes, and what running attempts still hold.</summary>
public sealed record AdapterUsage(decimal Usd, decimal Minutes, decimal ReservedUsd, decimal ReservedMinutes, int RunningAttempts)
{
    /// <summary>Settled plus held dollars: what the cap is checked against.</summary>
    public decimal TotalUsd => Usd + ReservedUsd;

    /// <summary>Settled plus held minutes: what the minutes budget is checked against.</summary>
    public decimal TotalMinutes => Minutes + ReservedMinutes;
}
