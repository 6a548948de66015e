using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI004 over the constructs that can carry a GpuFunction's <c>Detach</c> (docs/rules/KEI004.md).</summary>
public sealed class DetachConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new DetachAnalyzer(), ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Launch
        {
            GpuFunction A(bool debug) => new GpuFunction { HEAD, Detach = debug ? [|false|] : true };
            GpuFunction B(bool? wanted) => new GpuFunction { HEAD, Detach = wanted ?? [|false|] };
            GpuFunction C(string mode) => new GpuFunction { HEAD, Detach = mode switch { "attached" => [|false|], _ => true } };
            GpuFunction D(bool debug) => new GpuFunction { HEAD, Detach = debug ? true : !false };
        }
        """);

    [Fact]
    public Task Deconstructed_tuple_elements_are_read() => Verify("""
        class Launch
        {
            GpuFunction A() { var (detach, gpus) = (false, 8); return new GpuFunction { HEAD, [|Detach = detach|] }; }
            GpuFunction B() { var (detach, gpus) = (true, 8); return new GpuFunction { HEAD, Detach = detach }; }
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_judged() => Verify("""
        class Launch
        {
            GpuFunction A(GpuFunction fn) => fn with { [|Detach = false|] };
            GpuFunction B() => new() { HEAD, [|Detach = false|] };
            GpuFunction C(GpuFunction fn) => fn with { Name = "copy" };
        }
        """);

    [Fact]
    public Task Constants_and_locals_given_one_value_are_read() => Verify("""
        static class Flags { public const bool Attached = false; public static readonly bool Loaded = false; }
        class Launch
        {
            GpuFunction A() => new GpuFunction { HEAD, [|Detach = Flags.Attached|] };
            GpuFunction B() { bool attached = false; bool same = attached; return new GpuFunction { HEAD, [|Detach = same|] }; }
            GpuFunction C() => new GpuFunction { HEAD, Detach = Flags.Loaded };
            GpuFunction D(bool debug) { bool d = true; if (debug) d = false; return new GpuFunction { HEAD, Detach = d }; }
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_are_judged_where_the_function_is_created() => Verify("""
        using System.Linq;
        class Launch
        {
            IEnumerable<GpuFunction> A(string[] names) => from n in names select new GpuFunction { Name = n, Image = "i", Command = new[] { "x" }, [|Detach = false|] };
            Func<bool, GpuFunction> B() => detach => new GpuFunction { HEAD, Detach = detach };
        }
        """);

    [Fact]
    public Task A_users_own_type_with_the_same_name_is_silent() => Verify("""
        namespace Mine
        {
            sealed class GpuFunction { public bool Detach { get; init; } }
            class Launch { GpuFunction A() => new GpuFunction { Detach = false }; }
        }
        """);

    [Fact]
    public Task The_fix_turns_only_the_false_arm_true() => LauncherTest.Source(new DetachAnalyzer(), """
        class Launch { GpuFunction A(bool debug) => new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Detach = debug ? [|false|] : true }; }
        """).VerifyCodeFixAsync(new DetachCodeFixProvider(), LauncherTest.Usings + """
        class Launch { GpuFunction A(bool debug) => new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Detach = debug ? true : true }; }
        """);
}
