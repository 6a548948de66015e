using System;
using System.Collections.Generic;

namespace Kei.Runtime;

/// <summary>
/// USD per GPU-hour by GPU type. Prices change: the table is data the team maintains (KEI209 says when it is
/// stale), and the launcher never guesses a price for an unknown type.
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, decimal> usdPerHourByType;
    private readonly Dictionary<string, string> aliases;

    /// <summary>Creates a table from prices and aliases (alias → type), both case-insensitive.</summary>
    public PriceTable(IReadOnlyDictionary<string, decimal> usdPerHourByType,
                      IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(usdPerHourByType);
        this.usdPerHourByType = new Dictionary<string, decimal>(usdPerHourByType, StringComparer.OrdinalIgnoreCase);
        this.aliases = new Dictionary<string, string>(
            aliases ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Published on-demand prices, mid-2026 snapshot; <c>A10G</c> is an alias of <c>A10</c>.</summary>
    public static PriceTable Default { get; } = new(
        new Dictionary<string, decimal>
        {
            ["A10"] = 1.10m, ["L40S"] = 1.95m, ["A100-80GB"] = 2.50m,
            ["H100"] = 3.95m, ["H200"] = 4.54m, ["B200"] = 6.25m,
        },
        new Dictionary<string, string> { ["A10G"] = "A10" });

    /// <summary>The GPU types the table prices (aliases excluded).</summary>
    public IEnumerable<string> Types => usdPerHourByType.Keys;

    /// <summary>The price of a type or alias, or false when the table does not know it.</summary>
    public bool TryGetUsdPerHour(string gpuType, out decimal usdPerHour)
    {
        ArgumentNullException.ThrowIfNull(gpuType);
        var type = aliases.TryGetValue(gpuType, out var target) ? target : gpuType;
        return usdPerHourByType.TryGetValue(type, out usdPerHour);
    }

    /// <summary>The price of a type or alias; an unknown type throws with <c>ERR_INPUTS</c>, naming it.</summary>
    public decimal GetUsdPerHour(string gpuType) =>
        TryGetUsdPerHour(gpuType, out var usdPerHour)
            ? usdPerHour
            : throw new KeiRuntimeException(ErrorCodes.Inputs,
                $"GPU type '{gpuType}' is not in the price table (known: {string.Join(", ", Types)}).");
}
