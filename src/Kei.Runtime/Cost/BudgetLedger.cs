using System;
using System.Globalization;
using System.IO;

namespace Kei.Runtime;

/// <summary>
/// Today's GPU spend and minutes, in a small JSON file shared by every launcher on the machine. Each attempt
/// reserves its estimate before it starts (<see cref="TryReserve(BudgetReservation, decimal?, decimal?, out BudgetSnapshot)"/>)
/// and is settled when it ends (<see cref="Settle"/>) to what it used. Every update holds an exclusive lock on a
/// sibling <c>.lock</c> file (a fair, blocking OS lock) and publishes by atomic rename, so concurrent processes lose
/// no update and a crash never leaves half a file. A new day (the time provider's local date) starts at zero.
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

    /// <summary>How long an update waits for another process's lock before it fails, naming the lock file.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Today's dollars: settled amounts plus what running attempts hold.</summary>
    public decimal GetSpentToday() => GetToday().SpentUsd;

    /// <summary>Today's ledger, per adapter.</summary>
    public BudgetSnapshot GetToday() => Update(day => (day.ToSnapshot(), false));

    /// <summary>Adds an amount to today's spend unconditionally (never settled) and returns today's new total.</summary>
    public decimal Reserve(decimal usd)
    {
        TryReserve(usd, capUsd: null, out var spentToday);
        return spentToday;
    }

    /// <summary>
    /// Adds <paramref name="usd"/> to today's spend (never settled) if the total stays within <paramref name="capUsd"/>
    /// (no cap when null). Check and update happen under one lock. <paramref name="spentToday"/> is the total afterwards.
    /// </summary>
    public bool TryReserve(decimal usd, decimal? capUsd, out decimal spentToday)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(usd);
        var (allowed, total) = Update(day =>
        {
            if (capUsd is { } cap && day.SpentUsd + usd > cap)
            {
                return ((false, day.SpentUsd), false);
            }

            day.AddSettled(LedgerDay.Unattributed, usd, 0m);
            day.Reservations++;
            return ((true, day.SpentUsd), true);
        });
        spentToday = total;
        return allowed;
    }

    /// <summary>
    /// Holds an attempt's estimate and time bound if today's dollars stay within <paramref name="capUsd"/> and the
    /// adapter's minutes within <paramref name="capMinutes"/> (no limit when null). <paramref name="today"/> is the
    /// ledger afterwards (or as it stands, when refused).
    /// </summary>
    public BudgetCheck TryReserve(BudgetReservation reservation, decimal? capUsd, decimal? capMinutes, out BudgetSnapshot today)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var (check, snapshot) = Update(day =>
        {
            var hold = reservation with { Usd = CostMath.RoundUsd(reservation.Usd), Minutes = CostMath.RoundMinutes(reservation.Minutes) };
            var check = capUsd is { } cap && day.SpentUsd + hold.Usd > cap ? BudgetCheck.OverDailyCap
                : capMinutes is { } minutes && day.MinutesOn(hold.Adapter) + hold.Minutes > minutes ? BudgetCheck.OverMinutesBudget
                : BudgetCheck.Reserved;
            if (check == BudgetCheck.Reserved)
            {
                day.Open[hold.Key] = hold;
                day.Reservations++;
            }

            return ((check, day.ToSnapshot()), check == BudgetCheck.Reserved);
        });
        today = snapshot;
        return check;
    }

    /// <summary>
    /// Replaces the reservation <paramref name="key"/> with what the attempt used. Settling a key that is not held
    /// (already settled, or reserved on another day) changes nothing, so two processes may both try.
    /// </summary>
    public bool Settle(string key, decimal usd, decimal minutes) => Update(day =>
    {
        if (!day.Open.TryGetValue(key, out var hold))
        {
            return (false, false);
        }

        day.Open.Remove(key);
        day.AddSettled(hold.Adapter, usd, minutes);
        return (true, true);
    });

    /// <summary>Starts today again from zero (what <c>kei budget reset</c> does after a person confirms).</summary>
    public void Reset() => Update(day => (0, true), reset: true);

    private T Update<T>(Func<LedgerDay, (T Result, bool Changed)> change, bool reset = false)
    {
        using var fileLock = ExclusiveFileLock.Acquire(Path + ".lock", LockTimeout);
        var today = timeProvider.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = reset ? LedgerDay.Empty(today) : LedgerDay.Read(Path, today);
        var (result, changed) = change(day);
        if (changed)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            AtomicFile.WriteAllText(Path, CanonicalJson.Serialize(day.ToJson()));
        }

        return result;
    }
}
