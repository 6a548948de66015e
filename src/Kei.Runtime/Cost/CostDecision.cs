namespace Kei.Runtime;

/// <summary>The cost guard's verdict on one attempt: the estimate, its tier, and why it was allowed or refused.</summary>
public sealed record CostDecision(CostEstimate Estimate, CostTier Tier, bool IsAllowed, string Reason);
