using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class CostAnalyzerTests
{
    private static string Launch(string functionExtra, string call) => $$"""
        class Launch
        {
            async Task Run(JobLauncher launcher, JobInputs input, CancellationToken ct)
            {
                var fn = {{LauncherTest.Function(functionExtra)}};
                {{call}}
            }
        }
        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public async Task H100x8_for_3_hours_is_STOP_with_the_runtime_estimate_line()
    {
        var diagnostics = await LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.{|KEI009:SpawnAsync|}(fn, input, ct);"))
            .VerifyAnalyzerAsync();
        string expected = new Kei.Runtime.CostEstimate(8, 3, 3.95m).ToString();
        Assert.Equal("Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)", expected);
        Assert.Equal(expected + ": STOP tier ($20 or more); the launcher refuses it without a person's CostApproval", Message(diagnostics.Single()));
    }

    [Fact]
    public async Task WARN_tier_estimate_from_minutes_and_a_bare_type()
    {
        var diagnostics = await LauncherTest.Source(new CostWarnAnalyzer(), Launch("Gpu = \"A10\", Timeout = TimeSpan.FromMinutes(300)", "_ = launcher.[|Estimate|](fn);"))
            .VerifyAnalyzerAsync();
        Assert.StartsWith("Estimate: $5.50 (= 1 × 5 h × $1.10/hr/gpu): WARN tier ($5 to $20)", Message(diagnostics.Single()));
    }

    [Fact]
    public async Task Runs_and_constant_input_collections_multiply_the_hours()
    {
        var diagnostics = await LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = new GpuRequest(\"L40S\", 2), Timeout = new TimeSpan(1, 30, 0)", """
                _ = launcher.{|KEI008:Estimate|}(fn, runs: 2);
                        JobInputs[] inputs = [input, input, input, input];
                        await foreach (Envelope e in launcher.{|KEI009:SpawnManyAsync|}(fn, inputs, ct)) { }
                """)).VerifyAnalyzerAsync();
        var ordered = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(Message).ToArray();
        Assert.StartsWith(new Kei.Runtime.CostEstimate(2, 3, 1.95m).ToString() + ": WARN", ordered[0]);
        Assert.StartsWith(new Kei.Runtime.CostEstimate(2, 6, 1.95m).ToString() + ": STOP", ordered[1]);
    }

    [Fact]
    public Task Default_timeout_of_five_minutes_is_AUTO() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
        .WithSource(LauncherTest.Usings + Launch("Gpu = \"B200:8\"", "await launcher.SpawnAsync(fn, input, ct);")).VerifyAnalyzerAsync();

    [Fact]
    public Task Non_constant_parts_are_skipped() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
        .WithSource(LauncherTest.Usings + """
            class Launch
            {
                async Task Run(JobLauncher launcher, GpuFunction given, JobInputs input, double hours)
                {
                    await launcher.SpawnAsync(given, input);
                    var fn = new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Gpu = "H100:8", Timeout = TimeSpan.FromHours(hours) };
                    await launcher.SpawnAsync(fn, input);
                    var reassigned = new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Gpu = "H100:8", Timeout = TimeSpan.FromHours(9) };
                    reassigned = given;
                    await launcher.SpawnAsync(reassigned, input);
                }
            }
            """).VerifyAnalyzerAsync();

    [Fact]
    public async Task Agent_price_table_and_tiers_apply()
    {
        var test = LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.{|KEI008:SpawnAsync|}(fn, input, ct);"));
        var diagnostics = await AgentFixture.WithAgent(test, "warn_below_usd = 100, daily_cap_usd = 100, gpu = { h100 = { usd_per_hour = 4.0, min_torch = \"2.1\" } }").VerifyAnalyzerAsync();
        Assert.StartsWith("Estimate: $96.00 (= 8 × 3 h × $4.00/hr/gpu): WARN tier ($5 to $100)", Message(diagnostics.Single()));
    }

    [Fact]
    public Task Editorconfig_tier_bound_applies() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
        .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.SpawnAsync(fn, input, ct);"))
        .WithEditorConfig("kei_auto_below_usd", "200").WithEditorConfig("kei_warn_below_usd", "300").VerifyAnalyzerAsync();

    [Fact]
    public async Task Editorconfig_gpu_price_applies()
    {
        var diagnostics = await LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"A10G:2\", Timeout = TimeSpan.FromHours(2)", "await launcher.{|KEI008:SpawnAsync|}(fn, input, ct);"))
            .WithEditorConfig("kei_gpu.a10.usd_per_hour", "2").VerifyAnalyzerAsync();
        Assert.StartsWith("Estimate: $8.00 (= 2 × 2 h × $2.00/hr/gpu)", Message(diagnostics.Single()));
    }

    [Fact]
    public Task Unknown_gpu_types_are_never_guessed() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
        .WithSource(LauncherTest.Usings + Launch("Gpu = \"TPU9:64\", Timeout = TimeSpan.FromHours(30)", "await launcher.SpawnAsync(fn, input, ct);")).VerifyAnalyzerAsync();

    [Fact]
    public Task Users_own_launcher_is_silent() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer()).WithSource(LauncherTest.Usings + """
        class MyLauncher { public Task SpawnAsync(GpuFunction f, JobInputs i) => Task.CompletedTask; }
        class Launch
        {
            Task Run(MyLauncher launcher, JobInputs input) => launcher.SpawnAsync(new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Gpu = "H100:8", Timeout = TimeSpan.FromHours(9) }, input);
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer()).WithSource(LauncherTest.Usings + """
        class Launch { void Run(JobLauncher launcher) { var fn = new GpuFunction { Gpu = "H100:", Timeout = TimeSpan.FromHours( }; launcher.Estimate(fn, ); } }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();
}
