using System;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>The launcher's policy settings; every member has a safe default.</summary>
public sealed record JobLauncherOptions
{
    /// <summary>GPU prices used by every estimate.</summary>
    public PriceTable Prices { get; init; } = PriceTable.Default;

    /// <summary>The AUTO / WARN / STOP tiers and the daily cap.</summary>
    public CostPolicy Policy { get; init; } = CostPolicy.Default;

    /// <summary>Where attempts are reserved; null uses the ledger at <see cref="BudgetLedger.DefaultPath"/>.</summary>
    public BudgetLedger? Ledger { get; init; }

    /// <summary>A person's approval for STOP-tier launches; null refuses them.</summary>
    public CostApproval? Approval { get; init; }

    /// <summary>The clock of backoff delays and polling (a fake one in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the runtime's events go.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>How often a running job's state is asked for.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long past <see cref="GpuFunction.Timeout"/> the launcher waits before it ends the attempt itself.</summary>
    public TimeSpan TimeoutGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive failed state queries after which an attempt ends with the adapter's error code.</summary>
    public int StatusFailureLimit { get; init; } = 3;

    /// <summary>Where resumable checkpoints live; its latest step is passed to each attempt as <c>KEI_RESUME_STEP</c>.</summary>
    public Volume? CheckpointVolume { get; init; }

    /// <summary>
    /// Auto mode: the adapter an attempt runs on when the cost guard would refuse it on the launcher's own adapter
    /// for the daily cap or for <see cref="MinutesPerDay"/> (typically a <see cref="LocalProcessAdapter"/>). Its
    /// attempts count minutes, not dollars. Null (the default) refuses such attempts with <c>ERR_BUDGET</c>.
    /// </summary>
    public IJobAdapter? Fallback { get; init; }

    /// <summary>
    /// In auto mode (with a <see cref="Fallback"/>), the minutes per day the launcher's own adapter may be held for:
    /// an attempt whose timeout would pass it runs on the fallback. Default 180, or <c>KEI_MAX_MIN_PER_DAY</c>.
    /// </summary>
    public decimal MinutesPerDay { get; init; } = DefaultMinutesPerDay;

    /// <summary>Where run records are kept, for re-attaching and <c>kei jobs</c>; null uses <see cref="RunRecordStore.DefaultRoot"/>.</summary>
    public string? RecordsRoot { get; init; }

    /// <summary>Receives each event of a run: the job's own (progress, checkpoints) and the launcher's (fallback).</summary>
    public Action<JobEvent>? OnJobEvent { get; init; }

    /// <summary>The minutes budget: <c>KEI_MAX_MIN_PER_DAY</c> when it holds a number, else 180.</summary>
    public static decimal DefaultMinutesPerDay =>
        decimal.TryParse(Environment.GetEnvironmentVariable(MinutesPerDayVariable), NumberStyles.Number, CultureInfo.InvariantCulture, out var minutes)
        && minutes >= 0 ? minutes : 180m;

    /// <summary>The environment variable that overrides the default minutes budget.</summary>
    public const string MinutesPerDayVariable = "KEI_MAX_MIN_PER_DAY";

    /// <summary>Reads a secret's value by name (default: the process environment).</summary>
    public Func<string, string?> SecretSource { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Makes run ids (default: <c>run-</c> and 16 random hex digits).</summary>
    public Func<string> RunIdFactory { get; init; } =
        () => "run-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
