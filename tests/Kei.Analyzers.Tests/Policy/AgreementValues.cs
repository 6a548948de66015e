using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kei.Agents;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>
/// One value for every parameter of the rule catalog, each set in the block (<c>blocks/catalog.md</c>) or overriding it in
/// the manifest of the agent <c>probe</c>. The block prints each value as <c>name=value</c>; GPU rows priced at the tier
/// bounds (TIERA, TIERW, and a cent below each) let the cost rules show where their bounds lie.
/// </summary>
internal sealed class AgreementValues
{
    public const string Agent = "probe";

    public long FileLines { get; init; } = 200;
    public long FunctionLines { get; init; } = 30;
    public long CheckpointSteps { get; init; } = 500;
    public long ProgressSteps { get; init; } = 250;
    public long MinRetries { get; init; } = 1;
    public long MaxRetries { get; init; } = 10;
    public decimal AutoUsd { get; init; } = 5;
    public decimal WarnUsd { get; init; } = 20;
    public decimal CapUsd { get; init; } = 20;
    public long PriceMaxAgeDays { get; init; } = 180;
    public decimal GpuUsd { get; init; } = 3.95m;
    public string MinTorch { get; init; } = "2.1";
    public DateTime Verified { get; init; } = new(2026, 6, 1);

    /// <summary>Names set in the manifest's <c>[params]</c> rather than in the block.</summary>
    public HashSet<string> InManifest { get; init; } = [];

    public static AgreementValues Minimums() => new()
    {
        FileLines = 1, FunctionLines = 1, CheckpointSteps = 1, ProgressSteps = 1, MinRetries = 0, MaxRetries = 0,
        AutoUsd = 0, WarnUsd = 0, CapUsd = 0, PriceMaxAgeDays = 1, GpuUsd = 0, MinTorch = "0", Verified = new(2000, 1, 1),
    };

    public static AgreementValues Maximums() => new()
    {
        FileLines = 10000, FunctionLines = 10000, CheckpointSteps = 1000000, ProgressSteps = 1000000, MinRetries = 100, MaxRetries = 100,
        AutoUsd = 1000000, WarnUsd = 1000000, CapUsd = 1000000, PriceMaxAgeDays = 3650, GpuUsd = 1000000, MinTorch = "9999.9999.9999.9999",
        Verified = new(2099, 12, 31), InManifest = [.. Names],
    };

    public static AgreementValues Drawn(Random random)
    {
        long minRetries = random.NextInt64(0, 101);
        decimal[] tiers = Enumerable.Range(0, 3).Select(_ => Cents(random, 100000000)).Order().ToArray();
        return new AgreementValues
        {
            FileLines = random.NextInt64(1, 10001), FunctionLines = random.NextInt64(1, 10001),
            CheckpointSteps = random.NextInt64(1, 1000001), ProgressSteps = random.NextInt64(1, 1000001),
            MinRetries = minRetries, MaxRetries = random.NextInt64(minRetries, 101),
            AutoUsd = tiers[0], WarnUsd = tiers[1], CapUsd = tiers[2], PriceMaxAgeDays = random.NextInt64(1, 3651),
            GpuUsd = Cents(random, 100000000), MinTorch = string.Join(".", Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(0, 10000))),
            Verified = new DateTime(2000, 1, 1).AddDays(random.Next(0, 36500)),
            InManifest = [.. Names.Where(_ => random.Next(2) == 0)],
        };
    }

    public static IReadOnlyList<string> Names { get; } =
    [
        "max_file_lines", "max_function_lines", "checkpoint_every_steps", "progress_every_steps", "min_retries", "max_retries",
        "auto_below_usd", "warn_below_usd", "daily_cap_usd", "price_max_age_days", "gpu.H100.usd_per_hour", "gpu.H100.min_torch", "gpu.H100.verified",
    ];

    /// <summary>The value of a name as TOML text (amounts alternate between integer and float forms when whole).</summary>
    public string Toml(string name) => name switch
    {
        "max_file_lines" => Text(FileLines), "max_function_lines" => Text(FunctionLines),
        "checkpoint_every_steps" => Text(CheckpointSteps), "progress_every_steps" => Text(ProgressSteps),
        "min_retries" => Text(MinRetries), "max_retries" => Text(MaxRetries), "price_max_age_days" => Text(PriceMaxAgeDays),
        "auto_below_usd" => Usd(AutoUsd, name), "warn_below_usd" => Usd(WarnUsd, name), "daily_cap_usd" => Usd(CapUsd, name),
        "gpu.H100.usd_per_hour" => Usd(GpuUsd, name), "gpu.H100.min_torch" => "\"" + MinTorch + "\"",
        _ => Verified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The manifest, the three obligatory blocks and the catalog block, as the build passes them.</summary>
    public IReadOnlyList<AgentFixtureFile> Files()
    {
        var front = new List<string> { "+++", "[params]" };
        front.AddRange(Names.Where(n => !n.StartsWith("gpu.", StringComparison.Ordinal)).Select(n => Key(n) + " = " + BlockToml(n)));
        front.Add("[params.gpu.H100]");
        front.AddRange(Names.Where(n => n.StartsWith("gpu.", StringComparison.Ordinal)).Select(n => Key(n) + " = " + BlockToml(n)));
        foreach ((string row, decimal price) in TierRows())
        {
            front.Add("[params.gpu." + row + "]");
            front.Add("usd_per_hour = " + price.ToString(CultureInfo.InvariantCulture));
        }

        string body = "+++\n## PROBE\n\n" + string.Concat(Names.Select(n => n + "={{" + n + "}}\n"));
        var manifest = AgentFixtures.Manifest(Agent).Text.Replace("\"limits\"", "\"catalog\"", StringComparison.Ordinal) + ManifestParams();
        return [.. AgentFixtures.ObligatoryBlocks(), new(AgentFileKind.Block, "blocks/catalog.md", string.Join("\n", front) + "\n" + body),
                new(AgentFileKind.Manifest, "manifests/" + Agent + ".toml", manifest)];
    }

    /// <summary>GPU rows priced at the tier bounds and a cent below them (when that is still an amount).</summary>
    public IEnumerable<(string Row, decimal Price)> TierRows()
    {
        yield return ("TIERA", AutoUsd);
        yield return ("TIERW", WarnUsd);
        if (AutoUsd >= 0.01m)
        {
            yield return ("TIERB", AutoUsd - 0.01m);
        }

        if (WarnUsd >= 0.01m)
        {
            yield return ("TIERV", WarnUsd - 0.01m);
        }
    }

    public override string ToString() => string.Join(", ", Names.Select(n => n + " = " + Toml(n) + (InManifest.Contains(n) ? " (manifest)" : string.Empty)));

    private string BlockToml(string name) => InManifest.Contains(name) ? new AgreementValues().Toml(name) : Toml(name);

    private string ManifestParams()
    {
        IEnumerable<string> top = Names.Where(n => InManifest.Contains(n) && !n.StartsWith("gpu.", StringComparison.Ordinal)).Select(n => Key(n) + " = " + Toml(n));
        IEnumerable<string> gpu = Names.Where(n => InManifest.Contains(n) && n.StartsWith("gpu.", StringComparison.Ordinal)).Select(n => Key(n) + " = " + Toml(n));
        return "\n[params]\n" + string.Concat(top.Select(l => l + "\n")) + "\n[params.gpu.H100]\n" + string.Concat(gpu.Select(l => l + "\n"));
    }

    private static string Key(string name) => name.Split('.')[^1];

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Usd(decimal value, string name)
        => value == decimal.Truncate(value) && name.Length % 2 == 0 ? Text((long)value) : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal Cents(Random random, long maxCents) => random.NextInt64(0, maxCents + 1) / 100m;
}
