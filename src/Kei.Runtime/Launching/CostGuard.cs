using System;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>Estimates, classifies and reserves one attempt; a refusal reserves nothing.</summary>
internal sealed class CostGuard
{
    private readonly JobLauncherOptions options;
    private readonly BudgetLedger ledger;

    public CostGuard(JobLauncherOptions options, BudgetLedger ledger)
    {
        this.options = options;
        this.ledger = ledger;
    }

    public CostEstimate Estimate(GpuFunction function, int runs)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentOutOfRangeException.ThrowIfNegative(runs);
        var gpu = function.Gpu;
        var usdPerHour = gpu.Type is null ? 0m : options.Prices.GetUsdPerHour(gpu.Type);
        var estimate = new CostEstimate(gpu.Type is null ? 0 : gpu.Count, function.Timeout.TotalHours * runs, usdPerHour);
        options.Logger.Event(LogLevel.Information, RuntimeEvents.CostEstimate, "{Function}: {Estimate}", function.Name, estimate.ToString());
        return estimate;
    }

    /// <summary>Decides and, when allowed, reserves the attempt in the ledger (check and reserve under one lock).</summary>
    public CostDecision DecideAndReserve(GpuFunction function, string runId, int attempt)
    {
        var estimate = Estimate(function, runs: 1);
        var tier = options.Policy.Classify(estimate);
        var decision = tier switch
        {
            CostTier.Auto => Reserve(estimate, tier, capUsd: null, "below the AUTO limit"),
            CostTier.Warn => Reserve(estimate, tier, options.Policy.DailyCapUsd, "WARN tier within the daily cap"),
            _ when options.Approval is { } approval && approval.Covers(estimate) =>
                Reserve(estimate, tier, capUsd: null, $"STOP tier approved by {approval.ApprovedBy}"),
            _ => new CostDecision(estimate, tier, false,
                $"{estimate} is in the STOP tier (≥ ${options.Policy.WarnBelowUsd}); a person's CostApproval is required"),
        };
        var level = decision.IsAllowed ? (tier == CostTier.Auto ? LogLevel.Information : LogLevel.Warning) : LogLevel.Error;
        options.Logger.Event(level, RuntimeEvents.CostDecision,
            "{RunId} attempt {Attempt}: {Tier} {Allowed}: {Reason}", runId, attempt, tier, decision.IsAllowed ? "allowed" : "refused", decision.Reason);
        return decision;
    }

    private CostDecision Reserve(CostEstimate estimate, CostTier tier, decimal? capUsd, string reason)
    {
        if (ledger.TryReserve(estimate.TotalUsd, capUsd, out var spentToday))
        {
            return new CostDecision(estimate, tier, true, $"{reason}; reserved, today's total ${spentToday:0.00}");
        }

        return new CostDecision(estimate, tier, false,
            $"{estimate} would bring today's spend (${spentToday:0.00}) above the daily cap of ${capUsd:0.00}");
    }
}
