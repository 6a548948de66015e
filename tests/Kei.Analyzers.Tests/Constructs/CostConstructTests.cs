using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>
/// KEI008 (WARN tier, $5 to $20) and KEI009 (STOP tier, $20 or more) over the constructs that can carry a launch's
/// GPU request, timeout, function or run count (docs/rules/KEI008.md, KEI009.md). Prices: A10 1.10, L40S 1.95, H100 3.95.
/// </summary>
public sealed class CostConstructTests
{
    private static Task Verify(string body)
        => LauncherTest.Create(new CostWarnAnalyzer(), new CostStopAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public async Task Named_arguments_in_any_order_are_read_by_parameter()
    {
        var diagnostics = await LauncherTest.Create(new CostWarnAnalyzer(), new CostStopAnalyzer()).WithSource(LauncherTest.Usings + """
            class Launch
            {
                CostEstimate A(JobLauncher l) => l.{|KEI008:Estimate|}(new GpuFunction { HEAD, Gpu = new GpuRequest(Count: 3, Type: "L40S"), Timeout = TimeSpan.FromHours(2) });
                CostEstimate B(JobLauncher l) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = "H100", Timeout = new TimeSpan(seconds: 0, minutes: 0, hours: 6) });
                CostEstimate C(JobLauncher l) => l.{|KEI008:Estimate|}(runs: 4, function: new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(hours: 2) });
                CostEstimate D(JobLauncher l) => l.Estimate(new GpuFunction { HEAD, Gpu = new GpuRequest(Count: 1, Type: "A10"), Timeout = TimeSpan.FromMinutes(minutes: 30, seconds: 0) });
            }
            """.Replace("HEAD", ConstructSources.FunctionHead, System.StringComparison.Ordinal)).VerifyAnalyzerAsync();
        string[] messages = [.. diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture))];
        Assert.Contains(messages, m => m.StartsWith("Estimate: $11.70 (= 3 × 2 h × $1.95/hr/gpu)", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Estimate: $23.70 (= 1 × 6 h × $3.95/hr/gpu)", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Estimate: $8.80 (= 1 × 8 h × $1.10/hr/gpu)", System.StringComparison.Ordinal));
    }

    [Fact]
    public Task Defaults_are_the_runtimes_and_a_method_group_is_not_followed() => Verify("""
        class Launch
        {
            CostEstimate A(JobLauncher l) => l.Estimate(new GpuFunction { HEAD, Gpu = "H100:8" });
            CostEstimate B(JobLauncher l) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = "H100:8" }, runs: 10);
            Func<GpuFunction, int, CostEstimate> C(JobLauncher l) => l.Estimate;
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_tuple_elements_are_read() => Verify("""
        class Launch
        {
            CostEstimate A(JobLauncher l) { var (gpu, hours) = ("H100:8", 6.0); return l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = gpu, Timeout = TimeSpan.FromHours(hours) }); }
            CostEstimate B(JobLauncher l) { var plan = (Gpu: "L40S:3", Hours: 2); return l.{|KEI008:Estimate|}(new GpuFunction { HEAD, Gpu = plan.Gpu, Timeout = TimeSpan.FromHours(plan.Hours) }); }
        }
        """);

    [Fact]
    public Task The_most_expensive_arm_of_a_conditional_coalescing_or_switch_is_the_estimate() => Verify("""
        class Launch
        {
            CostEstimate A(JobLauncher l, bool big)
            {
                var large = new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) };
                var small = new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(1) };
                return l.{|KEI009:Estimate|}(big ? large : small);
            }
            CostEstimate B(JobLauncher l, string size) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = size switch { "xl" => "H100:8", _ => "A10" }, Timeout = TimeSpan.FromHours(3) });
            CostEstimate C(JobLauncher l, TimeSpan? custom) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = "A10", Timeout = custom ?? TimeSpan.FromHours(48) });
            CostEstimate D(JobLauncher l, bool big) => l.Estimate(new GpuFunction { HEAD, Gpu = big ? "A10:2" : "A10", Timeout = TimeSpan.FromHours(1) });
        }
        """);

    [Fact]
    public Task With_copies_and_target_typed_new_are_read() => Verify("""
        class Launch
        {
            CostEstimate A(JobLauncher l) { var baseFn = new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(2) }; return l.{|KEI009:Estimate|}(baseFn with { Gpu = "H100:8" }); }
            CostEstimate B(JobLauncher l, GpuFunction given) => l.Estimate(given with { Gpu = "H100:8" });
            CostEstimate C(JobLauncher l) => l.{|KEI008:Estimate|}(new() { HEAD, Gpu = new("L40S", 3), Timeout = TimeSpan.FromHours(2) });
        }
        """);

    [Fact]
    public Task Collection_expressions_count_their_elements_and_constant_size_spreads() => Verify("""
        class Launch
        {
            static readonly GpuFunction Fn = new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) };
            CostEstimate Field(JobLauncher l) => l.Estimate(Fn);
            IAsyncEnumerable<Envelope> A(JobLauncher l, JobInputs a, JobInputs b, JobInputs c)
            {
                var fn = new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(2) };
                return l.{|KEI008:SpawnManyAsync|}(fn, [a, b, c]);
            }
            IAsyncEnumerable<Envelope> B(JobLauncher l, JobInputs a, JobInputs b)
            {
                var fn = new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(2) };
                JobInputs[] first = [a, b];
                return l.{|KEI008:SpawnManyAsync|}(fn, [.. first, a, b]);
            }
            IAsyncEnumerable<Envelope> C(JobLauncher l, JobInputs a, JobInputs[] rest)
            {
                var fn = new GpuFunction { HEAD, Gpu = "A10", Timeout = TimeSpan.FromHours(2) };
                return l.SpawnManyAsync(fn, [.. rest, a]);
            }
        }
        """);

    [Fact]
    public Task Constants_of_other_types_and_constant_interpolations_are_read() => Verify("""
        static class Plan { public const string Gpu = "H100:8"; public const string Count = "8"; public const double Hours = 3; public static readonly string Loaded = "H100:8"; }
        class Launch
        {
            CostEstimate A(JobLauncher l) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = Plan.Gpu, Timeout = TimeSpan.FromHours(Plan.Hours) });
            CostEstimate B(JobLauncher l) => l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = $"H100:{Plan.Count}", Timeout = TimeSpan.FromHours(Plan.Hours) });
            CostEstimate C(JobLauncher l) => l.Estimate(new GpuFunction { HEAD, Gpu = Plan.Loaded, Timeout = TimeSpan.FromHours(Plan.Hours) });
            CostEstimate D(JobLauncher l, int count) => l.Estimate(new GpuFunction { HEAD, Gpu = "H100:" + count, Timeout = TimeSpan.FromHours(3) });
        }
        """);

    [Fact]
    public Task Chains_of_up_to_four_locals_are_followed_and_locals_assigned_twice_are_not() => Verify("""
        class Launch
        {
            CostEstimate A(JobLauncher l) { var a = new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) }; var b = a; var c = b; var d = c; return l.{|KEI009:Estimate|}(d); }
            CostEstimate B(JobLauncher l, bool big) { string gpu = "A10"; if (big) gpu = "H100:8"; return l.Estimate(new GpuFunction { HEAD, Gpu = gpu, Timeout = TimeSpan.FromHours(3) }); }
        }
        """);

    [Fact]
    public Task Conditional_access_lambdas_linq_and_async_iterators_are_read() => Verify("""
        using System.Linq;
        class Launch
        {
            CostEstimate? A(JobLauncher? l) { var fn = new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) }; return l?.{|KEI009:Estimate|}(fn!); }
            Func<CostEstimate> B(JobLauncher l) { var fn = new GpuFunction { HEAD, Gpu = "L40S:3", Timeout = TimeSpan.FromHours(2) }; return () => l.{|KEI008:Estimate|}(fn); }
            IEnumerable<CostEstimate> C(JobLauncher[] ls) => from l in ls select l.{|KEI009:Estimate|}(new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) });
            async IAsyncEnumerable<Envelope> D(JobLauncher l, JobInputs[] xs)
            {
                await foreach (Envelope e in l.{|KEI009:SpawnManyAsync|}(new GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) }, xs)) { yield return e; }
            }
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            readonly record struct GpuRequest(string Type, int Count) { public static GpuRequest Parse(string text) => new(text, 1); }
            static class Make { public static Kei.Runtime.GpuRequest Parse(string text) => Kei.Runtime.GpuRequest.Parse("A10"); }
            sealed class JobLauncher { public decimal Estimate(Kei.Runtime.GpuFunction fn) => 0; }
            class Launch
            {
                decimal A(JobLauncher own) => own.Estimate(new Kei.Runtime.GpuFunction { HEAD, Gpu = "H100:8", Timeout = TimeSpan.FromHours(3) });
                Kei.Runtime.CostEstimate B(Kei.Runtime.JobLauncher l) => l.Estimate(new Kei.Runtime.GpuFunction { HEAD, Gpu = Make.Parse("H100:8"), Timeout = TimeSpan.FromHours(3) });
            }
        }
        """);
}
