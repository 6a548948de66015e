using System;

namespace Kei.Runtime.Tests.Support;

/// <summary>A clock the test moves by hand (for the ledger's day boundary); local time is UTC so days are exact.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now;

    public ManualTimeProvider(DateTimeOffset start) => now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
