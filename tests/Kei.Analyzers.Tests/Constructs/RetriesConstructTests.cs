using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI003 over the constructs that can carry a GpuFunction's <c>Retries</c> or its <c>MaxRetries</c> (docs/rules/KEI003.md).</summary>
public sealed class RetriesConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new RetriesAnalyzer(), ConstructSources.WithFunctionHead(body)).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_and_defaults_are_read() => Verify("""
        class Launch
        {
            GpuFunction a = new GpuFunction { HEAD, Retries = new Retries(BackoffCoefficient: 2, MaxRetries: [|20|]) };
            GpuFunction b = new GpuFunction { HEAD, Retries = new Retries(MaxRetries: 3) };
        }
        """);

    [Fact]
    public Task Deconstructed_and_tuple_values_are_read() => Verify("""
        class Launch
        {
            GpuFunction A() { var (max, backoff) = (20, 2.0); return new GpuFunction { HEAD, Retries = new Retries([|max|], backoff) }; }
            GpuFunction B() { var limits = (Max: 0, Backoff: 2.0); return new GpuFunction { HEAD, Retries = new Retries([|limits.Max|]) }; }
            GpuFunction C() { var (max, backoff) = (3, 2.0); return new GpuFunction { HEAD, Retries = new Retries(max, backoff) }; }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Launch
        {
            GpuFunction A(bool prod) => new GpuFunction { HEAD, Retries = prod ? new Retries(3) : [|null|] };
            GpuFunction B(Retries? configured) => new GpuFunction { HEAD, Retries = configured ?? new Retries([|20|]) };
            GpuFunction C(string tier) => new GpuFunction { HEAD, Retries = tier switch { "prod" => new Retries(3), _ => [|null|] } };
            GpuFunction D(bool prod) => new GpuFunction { HEAD, Retries = prod ? new Retries(3) : new Retries(2) };
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_judged() => Verify("""
        class Launch
        {
            GpuFunction A(GpuFunction fn) => fn with { [|Retries = null|] };
            GpuFunction B(GpuFunction fn) => fn with { Name = "copy" };
            GpuFunction C() { GpuFunction fn = [|new|]() { HEAD }; return fn; }
            GpuFunction D() => new() { HEAD, Retries = new([|20|]) };
        }
        """);

    [Fact]
    public Task Constants_of_other_types_are_read_and_static_readonly_fields_are_not() => Verify("""
        static class Limits { public const int Max = 20; public static readonly int Loaded = 20; }
        class Launch
        {
            GpuFunction A() => new GpuFunction { HEAD, Retries = new Retries([|Limits.Max|]) };
            GpuFunction B() => new GpuFunction { HEAD, Retries = new Retries(Limits.Loaded) };
        }
        """);

    [Fact]
    public Task Locals_given_one_value_are_followed_and_locals_assigned_twice_are_not() => Verify("""
        class Launch
        {
            GpuFunction A() { var r = new Retries([|20|]); var copy = r; return new GpuFunction { HEAD, Retries = copy }; }
            GpuFunction B() { Retries? none = null; return new GpuFunction { HEAD, [|Retries = none|] }; }
            GpuFunction C(bool prod) { int max = 20; if (prod) max = 3; return new GpuFunction { HEAD, Retries = new Retries(max) }; }
        }
        """);

    [Fact]
    public Task Null_forgiving_null_fires_and_a_conditional_access_is_a_run_time_value() => Verify("""
        class Options { public Retries? Retries { get; set; } }
        class Launch
        {
            GpuFunction A() => new GpuFunction { HEAD, [|Retries = null!|] };
            GpuFunction B(Options? options) => new GpuFunction { HEAD, Retries = options?.Retries };
        }
        """);

    [Fact]
    public Task Lambdas_linq_and_partial_methods_are_judged_where_the_function_is_created() => Verify("""
        using System.Linq;
        partial class Launch
        {
            IEnumerable<GpuFunction> A(string[] names) => from n in names select [|new GpuFunction|] { Name = n, Image = "i", Command = new[] { "x" } };
            Func<GpuFunction> B() => () => new GpuFunction { HEAD, Retries = new Retries([|0|]) };
            partial void C(List<GpuFunction> into);
            partial void C(List<GpuFunction> into) => into.Add(new GpuFunction { HEAD, [|Retries = null|] });
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            sealed class Retries { public Retries(int MaxRetries) { } }
            sealed class GpuFunction { public string Name { get; init; } = ""; public Retries? Retries { get; init; } }
            class Launch
            {
                GpuFunction A() => new GpuFunction { Name = "t" };
                GpuFunction B() => new GpuFunction { Name = "t", Retries = new Retries(20) };
            }
        }
        """);

    [Fact]
    public Task The_fix_replaces_only_the_null_arm() => LauncherTest.Source(new RetriesAnalyzer(), """
        class Launch { GpuFunction A(bool prod) => new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Retries = prod ? new Retries(3) : [|null|] }; }
        """).VerifyCodeFixAsync(new RetriesCodeFixProvider(), LauncherTest.Usings + """
        class Launch { GpuFunction A(bool prod) => new GpuFunction { Name = "t", Image = "i", Command = new[] { "x" }, Retries = prod ? new Retries(3) : new Retries(MaxRetries: 1) }; }
        """);

    [Fact]
    public async Task Thousands_of_nested_arms_end_in_a_bounded_read()
    {
        // Nested in the true arm, so every level is entered before any value is found.
        string nested = "new Retries(3)";
        for (int i = 0; i < 2000; i++)
        {
            nested = "(b ? " + nested + " : null)";
        }

        var diagnostics = await LauncherTest.Source(new RetriesAnalyzer(), "class Launch { GpuFunction A(bool b) => new GpuFunction { " + ConstructSources.FunctionHead + ", Retries = " + nested + " }; }")
            .VerifyNoAnalyzerFailureAsync();
        Assert.InRange(diagnostics.Length, 1, 64);
    }
}
