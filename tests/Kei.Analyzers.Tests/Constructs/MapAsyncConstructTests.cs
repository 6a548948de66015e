using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI001 over the constructs that can carry a call of <c>JobLauncher.MapAsync</c> (docs/rules/KEI001.md, "What it follows").</summary>
public sealed class MapAsyncConstructTests
{
    private const string OwnLauncher = "sealed class MyLauncher { public IAsyncEnumerable<Envelope> MapAsync(GpuFunction function, IEnumerable<JobInputs> inputs) => throw null!; }\n";

    private static Task Verify(string body) => LauncherTest.Source(new MapAsyncAnalyzer(), body + "\n" + OwnLauncher).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_and_defaults_fire() => Verify("""
        class Launch
        {
            object A(JobLauncher l, GpuFunction fn, JobInputs[] xs) => l.[|MapAsync|](inputs: xs, function: fn);
            object B(JobLauncher l, GpuFunction fn, JobInputs[] xs) => l.[|MapAsync|](fn, xs, ct: CancellationToken.None);
            object C(MyLauncher own, GpuFunction fn, JobInputs[] xs) => own.MapAsync(inputs: xs, function: fn);
        }
        """);

    [Fact]
    public Task A_method_group_fires_and_nameof_is_silent() => Verify("""
        class Launch
        {
            Func<GpuFunction, IEnumerable<JobInputs>, CancellationToken, IAsyncEnumerable<Envelope>> A(JobLauncher l) => l.[|MapAsync|];
            string B() => nameof(JobLauncher.MapAsync);
            Func<GpuFunction, IEnumerable<JobInputs>, IAsyncEnumerable<Envelope>> C(MyLauncher own) => own.MapAsync;
        }
        """);

    [Fact]
    public Task A_receiver_chosen_by_coalescing_or_a_conditional_fires() => Verify("""
        class Launch
        {
            object A(JobLauncher? a, JobLauncher b, GpuFunction fn, JobInputs[] xs) => (a ?? b).[|MapAsync|](fn, xs);
            object B(bool fast, JobLauncher a, JobLauncher b, GpuFunction fn, JobInputs[] xs) => (fast ? a : b).[|MapAsync|](fn, xs);
            object C(bool fast, MyLauncher a, MyLauncher b, GpuFunction fn, JobInputs[] xs) => (fast ? a : b).MapAsync(fn, xs);
        }
        """);

    [Fact]
    public Task Conditional_access_and_null_forgiving_fire() => Verify("""
        class Launch
        {
            object? A(JobLauncher? l, GpuFunction fn, JobInputs[] xs) => l?.[|MapAsync|](fn, xs);
            object B(JobLauncher? l, GpuFunction fn, JobInputs[] xs) => l!.[|MapAsync|](fn, xs);
            object? C(MyLauncher? own, GpuFunction fn, JobInputs[] xs) => own?.MapAsync(fn, xs);
        }
        """);

    [Fact]
    public Task Lambdas_local_functions_linq_and_async_iterators_fire() => Verify("""
        using System.Linq;
        class Launch
        {
            Func<object> A(JobLauncher l, GpuFunction fn, JobInputs[] xs) => () => l.[|MapAsync|](fn, xs);
            object B(JobLauncher l, GpuFunction fn, JobInputs[] xs)
            {
                return Run(l, fn, xs);
                static object Run(JobLauncher l, GpuFunction fn, JobInputs[] xs) => l.[|MapAsync|](fn, xs);
            }
            IEnumerable<object> C(JobLauncher[] ls, GpuFunction fn, JobInputs[] xs) => from l in ls select l.[|MapAsync|](fn, xs);
            async IAsyncEnumerable<Envelope> D(JobLauncher l, GpuFunction fn, JobInputs[] xs)
            {
                await foreach (Envelope e in l.[|MapAsync|](fn, xs)) { yield return e; }
            }
            IEnumerable<object> E(MyLauncher[] own, GpuFunction fn, JobInputs[] xs) => from l in own select l.MapAsync(fn, xs);
        }
        """);

    [Fact]
    public Task Partial_classes_and_partial_methods_fire() => Verify("""
        partial class Launch
        {
            partial void Start(JobLauncher l, GpuFunction fn, JobInputs[] xs);
        }
        partial class Launch
        {
            partial void Start(JobLauncher l, GpuFunction fn, JobInputs[] xs) => _ = l.[|MapAsync|](fn, xs);
            void Other(MyLauncher own, GpuFunction fn, JobInputs[] xs) => _ = own.MapAsync(fn, xs);
        }
        """);
}
