namespace Kei.Runtime;

/// <summary>The ledger's answer to a reservation.</summary>
public enum BudgetCheck
{
    /// <summary>Reserved.</summary>
    Reserved,

    /// <summary>Refused: today's dollars plus the estimate would pass the daily cap. Nothing was reserved.</summary>
    OverDailyCap,

    /// <summary>Refused: today's minutes on the adapter plus the bound would pass the minutes budget. Nothing was reserved.</summary>
    OverMinutesBudget,
}
