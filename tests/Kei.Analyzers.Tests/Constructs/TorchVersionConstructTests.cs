using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>
/// KEI011 over the constructs that can carry a GpuFunction's GPU type and its pinned torch version (docs/rules/KEI011.md).
/// Minimum torch: H100 2.1, B200 2.7; A10 2.0.
/// </summary>
public sealed class TorchVersionConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new TorchVersionAnalyzer(), ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_of_GpuRequest_in_any_order_are_read() => Verify("""
        class Launch
        {
            GpuFunction A() => new GpuFunction { HEAD, Gpu = new GpuRequest(Count: 8, Type: "B200"), TorchVersion = [|"2.4"|] };
            GpuFunction B() => new GpuFunction { HEAD, Gpu = GpuRequest.Parse(text: "B200:8"), TorchVersion = [|"2.4"|] };
            GpuFunction C() => new GpuFunction { HEAD, Gpu = new GpuRequest(Count: 8, Type: "A10"), TorchVersion = "2.4" };
        }
        """);

    [Fact]
    public Task Deconstructed_values_are_read() => Verify("""
        class Launch
        {
            GpuFunction A() { var (gpu, torch) = ("B200:8", "2.4"); return new GpuFunction { HEAD, Gpu = gpu, TorchVersion = [|torch|] }; }
            GpuFunction B() { var (gpu, torch) = ("B200:8", "2.8"); return new GpuFunction { HEAD, Gpu = gpu, TorchVersion = torch }; }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Launch
        {
            GpuFunction A(bool legacy) => new GpuFunction { HEAD, Gpu = "B200:8", TorchVersion = legacy ? [|"2.0"|] : "2.8" };
            GpuFunction B(bool big) => new GpuFunction { HEAD, Gpu = big ? "B200:8" : "A10", TorchVersion = [|"2.4"|] };
            GpuFunction C(string? pinned) => new GpuFunction { HEAD, Gpu = "H100:8", TorchVersion = pinned ?? [|"2.0"|] };
            GpuFunction D(string size) => new GpuFunction { HEAD, Gpu = size switch { "xl" => "B200:8", _ => "A10" }, TorchVersion = [|"2.6"|] };
        }
        """);

    [Fact]
    public Task With_copies_are_judged_on_what_they_change() => Verify("""
        class Launch
        {
            GpuFunction A() { var fn = new GpuFunction { HEAD, Gpu = "A10", TorchVersion = "2.4" }; return fn with { Gpu = [|"B200:8"|] }; }
            GpuFunction B() { var fn = new GpuFunction { HEAD, Gpu = "H100:8", TorchVersion = "2.4" }; return fn with { TorchVersion = [|"2.0"|] }; }
            GpuFunction C() { var fn = new GpuFunction { HEAD, Gpu = "H100:8", TorchVersion = [|"2.0"|] }; return fn with { Name = "copy" }; }
            GpuFunction D() => new() { Name = "t", Command = new[] { "x" }, Gpu = new("B200", 8), Image = [|"pytorch/pytorch:2.4.0-cuda12.1"|] };
        }
        """);

    [Fact]
    public Task Constants_of_other_types_and_constant_interpolations_are_read() => Verify("""
        static class Pins { public const string Torch = "2.4"; public const string Gpu = "B200:8"; public static readonly string Loaded = "2.4"; }
        class Launch
        {
            GpuFunction A() => new GpuFunction { HEAD, Gpu = Pins.Gpu, TorchVersion = [|Pins.Torch|] };
            GpuFunction B() => new GpuFunction { Name = "t", Command = new[] { "x" }, Gpu = Pins.Gpu, Image = [|$"pytorch/pytorch:{Pins.Torch}"|] };
            GpuFunction C() => new GpuFunction { HEAD, Gpu = Pins.Gpu, TorchVersion = Pins.Loaded };
        }
        """);

    [Fact]
    public Task Locals_given_one_value_are_followed_and_locals_assigned_twice_are_not() => Verify("""
        class Launch
        {
            GpuFunction A() { var torch = "2.4"; var pinned = torch; return new GpuFunction { HEAD, Gpu = "B200:8", TorchVersion = [|pinned|] }; }
            GpuFunction B(bool latest) { var torch = "2.4"; if (latest) torch = "2.8"; return new GpuFunction { HEAD, Gpu = "B200:8", TorchVersion = torch }; }
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_are_judged_where_the_function_is_created() => Verify("""
        using System.Linq;
        class Launch
        {
            Func<GpuFunction> A() => () => new GpuFunction { HEAD, Gpu = "B200:8", TorchVersion = [|"2.4"|] };
            IEnumerable<GpuFunction> B(string[] torches) => from t in torches select new GpuFunction { HEAD, Gpu = "B200:8", TorchVersion = t };
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            sealed class GpuFunction { public string Gpu { get; init; } = ""; public string TorchVersion { get; init; } = ""; }
            class Launch { GpuFunction A() => new GpuFunction { Gpu = "B200:8", TorchVersion = "2.4" }; }
        }
        """);
}
