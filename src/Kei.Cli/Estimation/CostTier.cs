namespace Kei.Cli.Estimation
{
    /// <summary>The launch-cost tiers of rules.md: below auto_below_usd runs, below warn_below_usd warns, else stops.</summary>
    public enum CostTier
    {
        Auto,
        Warn,
        Stop,
    }
}
