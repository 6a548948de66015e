using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests.Catalog;

/// <summary>
/// Values of each declared type as TOML text, drawn from a seeded generator: the boundaries, random values inside the
/// range, and values outside the type or the range. Seeded, so a failure names a value that reproduces.
/// </summary>
internal static class CatalogValues
{
    public const int Seed = 20261205;

    public static IEnumerable<string> Accepted(ParamSpec spec, Random random) => spec.Type switch
    {
        ParamType.Integer => AcceptedIntegers(spec, random),
        ParamType.Money => AcceptedMoney(spec, random),
        ParamType.Version => ["\"0\"", "\"2\"", "\"2.1\"", "\"2.10.0\"", "\"9999.9999.9999.9999\"", .. Enumerable.Range(0, 6).Select(_ => "\"" + RandomVersion(random) + "\"")],
        ParamType.Date => ["2026-06-01", "\"2026-06-01\"", "2024-02-29", "1999-12-31", .. Enumerable.Range(0, 6).Select(_ => RandomDate(random))],
        _ => [],
    };

    public static IEnumerable<string> Rejected(ParamSpec spec, Random random) => spec.Type switch
    {
        ParamType.Integer => RejectedIntegers(spec, random),
        ParamType.Money => RejectedMoney(spec, random),
        ParamType.Version => ["\"\"", "\"2.\"", "\"2..1\"", "\"02.1\"", "\"1.2.3.4.5\"", "\"v2.1\"", "\"2.1+cu118\"", "\"12345\"", "2.1", "2", "true", "2026-06-01"],
        ParamType.Date => ["2026-06-01T10:00:00", "2026-06-01T10:00:00Z", "\"2026-13-01\"", "\"2026-02-30\"", "\"June 1\"", "2026", "10:00:00", "true", "[2026-06-01]"],
        _ => ["5", "\"table\"", "[1, 2]", "true"],
    };

    /// <summary>The value a TOML literal of an accepted number stands for.</summary>
    public static decimal Number(string toml) => decimal.Parse(toml, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string> AcceptedIntegers(ParamSpec spec, Random random)
    {
        long min = spec.Minimum, max = spec.Maximum;
        IEnumerable<long> values = new[] { min, max, min + 1, max - 1 }.Concat(Enumerable.Range(0, 8).Select(_ => random.NextInt64(min, max + 1)));
        return values.Select(v => v.ToString(CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> RejectedIntegers(ParamSpec spec, Random random)
    {
        long min = spec.Minimum, max = spec.Maximum;
        IEnumerable<long> outside = new[] { min - 1, max + 1, 99999999999, -5, max + random.NextInt64(2, 1000000), min - random.NextInt64(1, 1000) };
        return outside.Select(v => v.ToString(CultureInfo.InvariantCulture))
            .Concat(["30.5", "30.0", "\"thirty\"", "\"30\"", "true", "[30]", "{ value = 30 }", "2026-06-01", "nan", "inf"]);
    }

    private static IEnumerable<string> AcceptedMoney(ParamSpec spec, Random random)
    {
        IEnumerable<string> fixedValues = ["0", "0.0", "0.01", spec.Maximum.ToString(CultureInfo.InvariantCulture), "999999.99", "5", "1.10", "20.0"];
        return fixedValues.Concat(Enumerable.Range(0, 8).Select(_ => Cents(random.NextInt64(0, spec.Maximum * 100 + 1))));
    }

    private static IEnumerable<string> RejectedMoney(ParamSpec spec, Random random)
        => ["-0.01", "-5", "-0.0", (spec.Maximum + 1).ToString(CultureInfo.InvariantCulture), "1000000.01", "0.001", "1.005", "12.345",
            "99999999999", "nan", "-inf", "inf", "\"5\"", "true", "[5]", "{ usd = 5 }", "2026-06-01",
            Cents(random.NextInt64(1, 100000)) + "1", "-" + Cents(random.NextInt64(1, 100000))];

    private static string Cents(long cents) => (cents / 100).ToString(CultureInfo.InvariantCulture) + "." + (cents % 100).ToString("00", CultureInfo.InvariantCulture);

    private static string RandomVersion(Random random)
        => string.Join(".", Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(0, 10000).ToString(CultureInfo.InvariantCulture)));

    private static string RandomDate(Random random)
        => new DateTime(2000, 1, 1).AddDays(random.Next(0, 20000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
