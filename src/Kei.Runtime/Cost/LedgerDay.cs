using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// The ledger file's content for one day: per adapter the settled dollars and minutes, and the open reservations
/// of attempts not settled yet. Amounts are decimal strings (<c>"1.9750"</c>), never JSON numbers, so no binary
/// floating point ever touches them.
/// </summary>
internal sealed class LedgerDay
{
    /// <summary>The adapter name of amounts reserved without one (<see cref="BudgetLedger.Reserve(decimal)"/>).</summary>
    public const string Unattributed = "unattributed";

    private LedgerDay(string day) => Day = day;

    public string Day { get; }

    public long Reservations { get; set; }

    public SortedDictionary<string, (decimal Usd, decimal Minutes)> Settled { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, BudgetReservation> Open { get; } = new(StringComparer.Ordinal);

    public decimal SpentUsd => Settled.Values.Sum(amount => amount.Usd) + Open.Values.Sum(hold => hold.Usd);

    public decimal MinutesOn(string adapter) =>
        (Settled.TryGetValue(adapter, out var amount) ? amount.Minutes : 0m)
        + Open.Values.Where(hold => hold.Adapter == adapter).Sum(hold => hold.Minutes);

    public static LedgerDay Empty(string day) => new(day);

    /// <summary>Today's content of the file, or an empty day when the file is missing or holds another day.</summary>
    public static LedgerDay Read(string path, string today)
    {
        if (!File.Exists(path))
        {
            return new LedgerDay(today);
        }

        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"Budget ledger '{path}' is not a JSON object.");
        return (string?)root["day"] == today ? FromJson(root, today) : new LedgerDay(today);
    }

    public void AddSettled(string adapter, decimal usd, decimal minutes)
    {
        var (oldUsd, oldMinutes) = Settled.GetValueOrDefault(adapter);
        Settled[adapter] = (CostMath.RoundUsd(oldUsd + usd), CostMath.RoundMinutes(oldMinutes + minutes));
    }

    public JsonObject ToJson()
    {
        var adapters = new JsonObject();
        foreach (var (name, (usd, minutes)) in Settled)
        {
            adapters[name] = new JsonObject { ["minutes"] = Minutes(minutes), ["usd"] = Usd(usd) };
        }

        var open = new JsonObject();
        foreach (var (key, hold) in Open)
        {
            open[key] = new JsonObject { ["adapter"] = hold.Adapter, ["minutes"] = Minutes(hold.Minutes), ["usd"] = Usd(hold.Usd) };
        }

        return new JsonObject
        {
            ["adapters"] = adapters, ["day"] = Day, ["open"] = open,
            ["reservations"] = Reservations, ["spent_usd"] = Usd(SpentUsd),
        };
    }

    public BudgetSnapshot ToSnapshot()
    {
        var names = Settled.Keys.Concat(Open.Values.Select(hold => hold.Adapter)).Distinct(StringComparer.Ordinal);
        var usage = names.ToDictionary(name => name, name =>
        {
            var (usd, minutes) = Settled.GetValueOrDefault(name);
            var holds = Open.Values.Where(hold => hold.Adapter == name).ToArray();
            return new AdapterUsage(usd, minutes, holds.Sum(hold => hold.Usd), holds.Sum(hold => hold.Minutes), holds.Length);
        }, StringComparer.Ordinal);
        return new BudgetSnapshot(Day, Reservations, usage);
    }

    private static LedgerDay FromJson(JsonObject root, string today)
    {
        var day = new LedgerDay(today) { Reservations = (long?)root["reservations"] ?? 0 };
        foreach (var (name, node) in root["adapters"] as JsonObject ?? new JsonObject())
        {
            day.Settled[name] = (Parse(node?["usd"]), Parse(node?["minutes"]));
        }

        foreach (var (key, node) in root["open"] as JsonObject ?? new JsonObject())
        {
            day.Open[key] = new BudgetReservation(key, (string?)node?["adapter"] ?? Unattributed, Parse(node?["usd"]), Parse(node?["minutes"]));
        }

        if (root["adapters"] is null && root["reserved_usd"] is { } legacyTotal)
        {
            day.Settled[Unattributed] = (Parse(legacyTotal), 0m); // a ledger written before settlement existed
        }

        return day;
    }

    private static decimal Parse(JsonNode? node) =>
        node is null ? 0m : decimal.Parse((string)node!, NumberStyles.Number, CultureInfo.InvariantCulture);

    // Written with exactly the places they are kept to ("F4"), so a file never shows more digits than it holds.
    private static string Usd(decimal usd) => CostMath.RoundUsd(usd).ToString("F" + CostMath.UsdDecimals, CultureInfo.InvariantCulture);

    private static string Minutes(decimal minutes) => CostMath.RoundMinutes(minutes).ToString("F" + CostMath.MinuteDecimals, CultureInfo.InvariantCulture);
}
