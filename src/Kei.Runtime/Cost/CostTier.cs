namespace Kei.Runtime;

/// <summary>How the cost guard treats an estimate.</summary>
public enum CostTier
{
    /// <summary>Cheap: launched without asking.</summary>
    Auto,

    /// <summary>Launched with a warning while today's spend plus the estimate stays within the daily cap.</summary>
    Warn,

    /// <summary>Refused unless a person's <see cref="CostApproval"/> covers it.</summary>
    Stop,
}
