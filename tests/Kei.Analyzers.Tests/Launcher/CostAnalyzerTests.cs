using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;

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

    private static string Warn(string estimate, string warnBelow = "20", string cap = "20") => estimate + ": WARN tier ($5 to $" + warnBelow + "); it runs only while today's spend stays within the $" + cap + " daily cap";

    private static string Stop(string estimate) => estimate + ": STOP tier ($20 or more); the launcher refuses it without a person's CostApproval";

    [Fact]
    public Task H100x8_for_3_hours_is_STOP_with_the_runtime_estimate_line()
    {
        string estimate = new Kei.Runtime.CostEstimate(8, 3, 3.95m).ToString();
        Assert.Equal("Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)", estimate);
        return LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.{|#0:SpawnAsync|}(fn, input, ct);"))
            .WithExpected(KeiTest.Diagnostic("KEI009").WithLocation(0).WithMessage(Stop(estimate)))
            .VerifyAnalyzerAsync();
    }

    [Fact]
    public Task WARN_tier_estimate_from_minutes_and_a_bare_type()
        => LauncherTest.Source(new CostWarnAnalyzer(), Launch("Gpu = \"A10\", Timeout = TimeSpan.FromMinutes(300)", "_ = launcher.{|#0:Estimate|}(fn);"))
            .WithExpected(KeiTest.Diagnostic("KEI008").WithLocation(0).WithMessage(Warn("Estimate: $5.50 (= 1 × 5 h × $1.10/hr/gpu)")))
            .VerifyAnalyzerAsync();

    [Fact]
    public Task Runs_and_constant_input_collections_multiply_the_hours()
        => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = new GpuRequest(\"L40S\", 2), Timeout = new TimeSpan(1, 30, 0)", """
                _ = launcher.{|#0:Estimate|}(fn, runs: 2);
                        JobInputs[] inputs = [input, input, input, input];
                        await foreach (Envelope e in launcher.{|#1:SpawnManyAsync|}(fn, inputs, ct)) { }
                """))
            .WithExpected(
                KeiTest.Diagnostic("KEI008").WithLocation(0).WithMessage(Warn(new Kei.Runtime.CostEstimate(2, 3, 1.95m).ToString())),
                KeiTest.Diagnostic("KEI009").WithLocation(1).WithMessage(Stop(new Kei.Runtime.CostEstimate(2, 6, 1.95m).ToString())))
            .VerifyAnalyzerAsync();

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
    public Task Agent_price_table_and_tiers_apply()
    {
        var test = LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.{|#0:SpawnAsync|}(fn, input, ct);"))
            .WithExpected(KeiTest.Diagnostic("KEI008").WithLocation(0).WithMessage(Warn("Estimate: $96.00 (= 8 × 3 h × $4.00/hr/gpu)", warnBelow: "100", cap: "100")));
        return AgentFixture.WithAgent(test, "warn_below_usd = 100, daily_cap_usd = 100, gpu = { h100 = { usd_per_hour = 4.0, min_torch = \"2.1\" } }").VerifyAnalyzerAsync();
    }

    [Fact]
    public Task Editorconfig_tier_bound_applies() => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
        .WithSource(LauncherTest.Usings + Launch("Gpu = \"H100:8\", Timeout = TimeSpan.FromHours(3)", "await launcher.SpawnAsync(fn, input, ct);"))
        .WithEditorConfig("kei_auto_below_usd", "200").WithEditorConfig("kei_warn_below_usd", "300").VerifyAnalyzerAsync();

    [Fact]
    public Task Editorconfig_gpu_price_applies()
        => LauncherTest.Create(new CostStopAnalyzer(), new CostWarnAnalyzer())
            .WithSource(LauncherTest.Usings + Launch("Gpu = \"A10G:2\", Timeout = TimeSpan.FromHours(2)", "await launcher.{|#0:SpawnAsync|}(fn, input, ct);"))
            .WithEditorConfig("kei_gpu.a10.usd_per_hour", "2")
            .WithExpected(KeiTest.Diagnostic("KEI008").WithLocation(0).WithMessage(Warn("Estimate: $8.00 (= 2 × 2 h × $2.00/hr/gpu)")))
            .VerifyAnalyzerAsync();

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
