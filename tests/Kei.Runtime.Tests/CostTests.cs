using System;

namespace Kei.Runtime.Tests;

public sealed class CostTests
{
    [Theory]
    [InlineData(8, 3.0, "3.95", "Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)")]
    [InlineData(1, 0.5, "1.10", "Estimate: $0.55 (= 1 × 0.5 h × $1.10/hr/gpu)")]
    [InlineData(2, 1.25, "6.25", "Estimate: $15.63 (= 2 × 1.25 h × $6.25/hr/gpu)")]
    public void Estimate_renders_the_documented_text(int gpus, double hours, string price, string expected)
    {
        var estimate = new CostEstimate(gpus, hours, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, estimate.ToString());
    }

    [Fact]
    public void Price_table_has_the_mid_2026_snapshot_and_the_A10G_alias()
    {
        var table = PriceTable.Default;

        Assert.Equal(3.95m, table.GetUsdPerHour("H100"));
        Assert.Equal(6.25m, table.GetUsdPerHour("b200"));
        Assert.Equal(table.GetUsdPerHour("A10"), table.GetUsdPerHour("A10G"));
        Assert.Equal(2.50m, table.GetUsdPerHour("A100-80GB"));
        var unknown = Assert.Throws<KeiRuntimeException>(() => table.GetUsdPerHour("TPUv9"));
        Assert.Contains("TPUv9", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4.99", CostTier.Auto)]
    [InlineData("5", CostTier.Warn)]
    [InlineData("19.99", CostTier.Warn)]
    [InlineData("20", CostTier.Stop)]
    public void Default_policy_tiers(string usd, CostTier expected) =>
        Assert.Equal(expected, CostPolicy.Default.Classify(decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Launcher_estimate_is_gpus_times_timeout_hours_times_runs_times_price()
    {
        var launcher = new JobLauncher(new LocalProcessAdapter());
        var function = new GpuFunction { Name = "f", Image = "i", Command = ["x"], Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) };

        Assert.Equal(94.80m, launcher.Estimate(function).TotalUsd);
        Assert.Equal(189.60m, launcher.Estimate(function, runs: 2).TotalUsd);
    }

    [Theory]
    [InlineData("H100:8", "H100", 8)]
    [InlineData("A10G", "A10G", 1)]
    [InlineData(" L40S : 2 ", "L40S", 2)]
    public void Gpu_requests_parse(string text, string type, int count)
    {
        GpuRequest request = text;

        Assert.Equal(new GpuRequest(type, count), request);
    }

    [Theory]
    [InlineData("H100:0")]
    [InlineData(":8")]
    [InlineData("H100:eight")]
    public void Bad_gpu_requests_are_refused(string text) => Assert.Throws<FormatException>(() => GpuRequest.Parse(text));

    [Fact]
    public void Stop_confirmation_needs_the_exact_phrase()
    {
        Assert.True(StopConfirmation.FromUser("yes, stop it").IsConfirmed);
        Assert.False(default(StopConfirmation).IsConfirmed);
        Assert.Throws<ArgumentException>(() => StopConfirmation.FromUser("yes"));
        Assert.Throws<ArgumentException>(() => StopConfirmation.FromUser("YES, STOP IT"));
    }
}
