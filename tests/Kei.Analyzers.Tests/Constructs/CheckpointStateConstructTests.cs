using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI007 over the constructs that can carry a Checkpoint's <c>State</c> (docs/rules/KEI007.md).</summary>
public sealed class CheckpointStateConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new CheckpointStateAnalyzer(), body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_are_read() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m) => new Checkpoint(Metrics: m, State: [|default|], Step: 1);
            Checkpoint B(Dictionary<string, double> m, byte[] w) => new Checkpoint(Metrics: m, State: w, Step: 1);
        }
        """);

    [Fact]
    public Task Deconstructed_and_tuple_values_are_read() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m) { var (step, state) = (1L, Array.Empty<byte>()); return new Checkpoint(step, [|state|], m); }
            Checkpoint B(Dictionary<string, double> m, byte[] w) { var (step, state) = (1L, w); return new Checkpoint(step, state, m); }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m, byte[] w, bool ok) => new Checkpoint(1, ok ? w : [|default|], m);
            Checkpoint B(Dictionary<string, double> m, byte[]? w) => new Checkpoint(1, w ?? [|Array.Empty<byte>()|], m);
            Checkpoint C(Dictionary<string, double> m, byte[] w, int kind) => new Checkpoint(1, kind switch { 0 => [|new byte[0]|], _ => w }, m);
            Checkpoint D(Dictionary<string, double> m, byte[] w, byte[] x, bool ok) => new Checkpoint(1, ok ? w : x, m);
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_judged() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m) { Checkpoint c = new(1, [|default|], m); return c; }
            Checkpoint B(Checkpoint c) => c with { State = [|ReadOnlyMemory<byte>.Empty|] };
            Checkpoint C(Dictionary<string, double> m, byte[] w) => new Checkpoint(1, w, m) { State = [|null|] };
            Checkpoint D(Checkpoint c) => c with { Step = 2 };
        }
        """);

    [Fact]
    public Task Empty_collection_expressions_through_a_local_or_a_cast_fire_and_spreads_do_not() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m) { byte[] empty = []; return new Checkpoint(1, [|empty|], m); }
            Checkpoint B(Dictionary<string, double> m) => new Checkpoint(1, (byte[])[|[]|], m);
            Checkpoint C(Dictionary<string, double> m, byte[] w) { byte[] all = [.. w]; return new Checkpoint(1, all, m); }
            Checkpoint D(Dictionary<string, double> m) { byte[] one = [1]; return new Checkpoint(1, one, m); }
        }
        """);

    [Fact]
    public Task Chains_of_locals_are_followed_and_locals_assigned_twice_are_not() => Verify("""
        class Save
        {
            Checkpoint A(Dictionary<string, double> m) { var a = Array.Empty<byte>(); var b = a; var c = b; var d = c; return new Checkpoint(1, [|d|], m); }
            Checkpoint B(Dictionary<string, double> m, byte[] w, bool ok) { byte[] s = Array.Empty<byte>(); if (ok) s = w; return new Checkpoint(1, s, m); }
        }
        """);

    [Fact]
    public Task Conditional_access_fallbacks_and_null_forgiving_are_read() => Verify("""
        class Model { public byte[]? Weights { get; set; } }
        class Save
        {
            Checkpoint A(Dictionary<string, double> m, Model? model) => new Checkpoint(1, model?.Weights ?? [|default|], m);
            Checkpoint B(Dictionary<string, double> m, Model model) => new Checkpoint(1, model.Weights!, m);
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_are_judged_where_the_checkpoint_is_created() => Verify("""
        using System.Linq;
        class Save
        {
            Func<long, Checkpoint> A(Dictionary<string, double> m) => step => new Checkpoint(step, [|default|], m);
            IEnumerable<Checkpoint> B(long[] steps, Dictionary<string, double> m) => from s in steps select new Checkpoint(s, [|Array.Empty<byte>()|], m);
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            static class Array { public static byte[] Empty<T>() => new byte[] { 1 }; }
            sealed record Checkpoint(long Step, byte[]? State);
            class Save
            {
                Checkpoint A() => new Checkpoint(1, null);
                Kei.Runtime.Checkpoint B(Dictionary<string, double> m) => new Kei.Runtime.Checkpoint(1, Array.Empty<byte>(), m);
            }
        }
        """);
}
