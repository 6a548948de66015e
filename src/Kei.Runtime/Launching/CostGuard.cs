using System;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Estimates, classifies and reserves one attempt, and settles it when it ended. A refusal reserves nothing. In
/// auto mode (a fallback adapter), an attempt the daily cap or the minutes budget would refuse on the launcher's
/// own adapter is reserved on the fallback instead, in minutes only.
/// </summary>
internal sealed class CostGuard
{
    private readonly JobLauncherOptions options;
    private readonly IJobAdapter primary;

    public CostGuard(JobLauncherOptions options, IJobAdapter primary, BudgetLedger ledger)
    {
        this.options = options;
        this.primary = primary;
        Ledger = ledger;
    }

    public BudgetLedger Ledger { get; }

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
    public AttemptBudget DecideAndReserve(GpuFunction function, JobRequest request)
    {
        var estimate = Estimate(function, runs: 1);
        var tier = options.Policy.Classify(estimate);
        var approval = tier == CostTier.Stop ? options.Approval : null;
        if (tier == CostTier.Stop && (approval is null || !approval.Covers(estimate)))
        {
            return Log(request, new AttemptBudget(new CostDecision(estimate, tier, false,
                $"{estimate} is in the STOP tier (≥ ${options.Policy.WarnBelowUsd}); a person's CostApproval is required"), null, null, null));
        }

        var why = tier == CostTier.Auto ? "below the AUTO limit" : approval is null ? "WARN tier within the daily cap" : $"STOP tier approved by {approval.ApprovedBy}";
        return Log(request, Reserve(estimate, tier, request, tier == CostTier.Warn ? options.Policy.DailyCapUsd : null, why));
    }

    /// <summary>Replaces the attempt's reservation with what it used: elapsed × GPUs × price (nothing on the fallback).</summary>
    public void Settle(RunAttempt attempt, TimeSpan elapsed)
    {
        if (attempt.Reservation is not { } hold)
        {
            return;
        }

        var usd = attempt.Charged ? CostMath.UsdFor(attempt.Gpus, attempt.UsdPerHour, elapsed) : 0m;
        var minutes = CostMath.MinutesOf(elapsed);
        if (Ledger.Settle(hold.Key, usd, minutes))
        {
            options.Logger.Event(LogLevel.Information, RuntimeEvents.CostSettle, "{Key}: settled to ${Usd} for {Minutes} min on {Adapter} (reserved ${Reserved})",
                hold.Key, usd, minutes, hold.Adapter, hold.Usd);
        }
    }

    private AttemptBudget Reserve(CostEstimate estimate, CostTier tier, JobRequest request, decimal? capUsd, string why)
    {
        var minutes = CostMath.MinutesOf(request.Function.Timeout);
        var hold = new BudgetReservation(request.AttemptKey, primary.Name,
            CostMath.UsdFor(estimate.Gpus, estimate.UsdPerHour, request.Function.Timeout), minutes);
        var minutesCap = options.Fallback is null ? (decimal?)null : options.MinutesPerDay;
        var check = Ledger.TryReserve(hold, capUsd, minutesCap, out var today);
        if (check == BudgetCheck.Reserved)
        {
            return new AttemptBudget(new CostDecision(estimate, tier, true, $"{why}; reserved, today's total ${today.SpentUsd:0.00}"), primary, hold, null);
        }

        var refusal = check == BudgetCheck.OverDailyCap
            ? $"{estimate} would bring today's spend (${today.SpentUsd:0.00}) above the daily cap of ${capUsd:0.00}"
            : $"{minutes:0.##} min would bring today's {primary.Name} minutes ({today.MinutesOn(primary.Name):0.##}) above the budget of {options.MinutesPerDay:0.##} min/day";
        return options.Fallback is { } fallback ? ReserveOnFallback(estimate, tier, request, fallback, refusal)
            : new AttemptBudget(new CostDecision(estimate, tier, false, refusal), null, null, null);
    }

    private AttemptBudget ReserveOnFallback(CostEstimate estimate, CostTier tier, JobRequest request, IJobAdapter fallback, string refusal)
    {
        var hold = new BudgetReservation(request.AttemptKey, fallback.Name, 0m, CostMath.MinutesOf(request.Function.Timeout));
        Ledger.TryReserve(hold, capUsd: null, capMinutes: null, out _);
        options.Logger.Event(LogLevel.Warning, RuntimeEvents.CostFallback, "{RunId} attempt {Attempt}: runs on {Fallback}: {Reason}",
            request.RunId, request.Attempt, fallback.Name, refusal);
        return new AttemptBudget(new CostDecision(estimate, tier, true, $"on {fallback.Name}: {refusal}"), fallback, hold, refusal);
    }

    private AttemptBudget Log(JobRequest request, AttemptBudget budget)
    {
        var decision = budget.Decision;
        var level = decision.IsAllowed ? (decision.Tier == CostTier.Auto ? LogLevel.Information : LogLevel.Warning) : LogLevel.Error;
        options.Logger.Event(level, RuntimeEvents.CostDecision, "{RunId} attempt {Attempt}: {Tier} {Allowed}: {Reason}",
            request.RunId, request.Attempt, decision.Tier, decision.IsAllowed ? "allowed" : "refused", decision.Reason);
        return budget;
    }
}
