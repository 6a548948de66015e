using System.Collections.Generic;
using System.Linq;

namespace Kei.Runtime;

/// <summary>Today's ledger: the day, the reservations made, and the use of each adapter.</summary>
public sealed record BudgetSnapshot(string Day, long Reservations, IReadOnlyDictionary<string, AdapterUsage> Adapters)
{
    /// <summary>Settled plus held dollars over every adapter: today's spend as the cost guard sees it.</summary>
    public decimal SpentUsd => Adapters.Values.Sum(usage => usage.TotalUsd);

    /// <summary>Dollars still held by attempts that have not ended (or whose end nobody has seen yet).</summary>
    public decimal ReservedUsd => Adapters.Values.Sum(usage => usage.ReservedUsd);

    /// <summary>Settled plus held minutes on one adapter (0 when it was not used today).</summary>
    public decimal MinutesOn(string adapter) => Adapters.TryGetValue(adapter, out var usage) ? usage.TotalMinutes : 0m;
}
