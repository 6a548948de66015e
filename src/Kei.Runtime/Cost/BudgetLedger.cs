using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// Today's reserved GPU spend, in a small JSON file shared by every launcher on the machine. Each update holds an
/// exclusive lock on a sibling <c>.lock</c> file and publishes by atomic rename, so concurrent processes lose no
/// reservation and a crash never leaves half a file. A new day (the time provider's local date) starts at zero.
/// </summary>
public sealed class BudgetLedger
{
    private readonly TimeProvider timeProvider;

    /// <summary>Opens (or later creates) the ledger at <paramref name="path"/>, default <see cref="DefaultPath"/>.</summary>
    public BudgetLedger(string? path = null, TimeProvider? timeProvider = null)
    {
        Path = System.IO.Path.GetFullPath(path ?? DefaultPath);
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary><c>kei/budget-ledger.json</c> under the user's local data folder.</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "kei", "budget-ledger.json");

    /// <summary>The ledger file.</summary>
    public string Path { get; }

    /// <summary>How long an update waits for another process's lock before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The amount reserved today.</summary>
    public decimal GetSpentToday()
    {
        using var fileLock = ExclusiveFileLock.Acquire(Path + ".lock", LockTimeout);
        return ReadToday().SpentUsd;
    }

    /// <summary>Reserves an amount unconditionally and returns today's new total.</summary>
    public decimal Reserve(decimal usd)
    {
        TryReserve(usd, capUsd: null, out var spentToday);
        return spentToday;
    }

    /// <summary>
    /// Reserves <paramref name="usd"/> if today's total plus it stays within <paramref name="capUsd"/> (no cap when
    /// null). Check and update happen under one lock. <paramref name="spentToday"/> is the total afterwards.
    /// </summary>
    public bool TryReserve(decimal usd, decimal? capUsd, out decimal spentToday)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(usd);
        using var fileLock = ExclusiveFileLock.Acquire(Path + ".lock", LockTimeout);
        var today = ReadToday();
        if (capUsd is { } cap && today.SpentUsd + usd > cap)
        {
            spentToday = today.SpentUsd;
            return false;
        }

        spentToday = today.SpentUsd + usd;
        Write(today.Day, spentToday, today.Reservations + 1);
        return true;
    }

    private (string Day, decimal SpentUsd, long Reservations) ReadToday()
    {
        var day = timeProvider.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!File.Exists(Path))
        {
            return (day, 0m, 0);
        }

        var root = JsonNode.Parse(File.ReadAllText(Path)) as JsonObject
            ?? throw new InvalidDataException($"Budget ledger '{Path}' is not a JSON object.");
        if ((string?)root["day"] != day)
        {
            return (day, 0m, 0);
        }

        var spent = decimal.Parse((string)root["reserved_usd"]!, NumberStyles.Number, CultureInfo.InvariantCulture);
        return (day, spent, (long)root["reservations"]!);
    }

    private void Write(string day, decimal spentUsd, long reservations)
    {
        var root = new JsonObject
        {
            ["day"] = day,
            ["reservations"] = reservations,
            ["reserved_usd"] = spentUsd.ToString(CultureInfo.InvariantCulture),
        };
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        AtomicFile.WriteAllText(Path, CanonicalJson.Serialize(root));
    }
}
