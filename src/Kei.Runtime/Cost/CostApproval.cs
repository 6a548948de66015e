using System;

namespace Kei.Runtime;

/// <summary>
/// A person's approval of a STOP-tier launch up to <paramref name="MaxUsd"/> per attempt. It must come from a
/// person at run time (a prompt, a review), never from a constant in code.
/// </summary>
public sealed record CostApproval(string ApprovedBy, decimal MaxUsd)
{
    /// <summary>Whether this approval covers an estimate.</summary>
    public bool Covers(CostEstimate estimate) => estimate.TotalUsd <= MaxUsd;

    /// <summary>Validates the approver and the amount (a nameless or non-positive approval approves nothing).</summary>
    public static CostApproval FromUser(string approvedBy, decimal maxUsd)
    {
        if (string.IsNullOrWhiteSpace(approvedBy))
        {
            throw new ArgumentException("An approval names the person who gave it.", nameof(approvedBy));
        }

        if (maxUsd <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUsd), "An approval covers a positive amount.");
        }

        return new CostApproval(approvedBy.Trim(), maxUsd);
    }
}
