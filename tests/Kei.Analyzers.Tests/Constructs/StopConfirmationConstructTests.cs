using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI012 over the constructs that can carry the StopConfirmation of a stop (docs/rules/KEI012.md).</summary>
public sealed class StopConfirmationConstructTests
{
    private const string ConfirmingAdapter = """
        abstract class ConfirmingAdapter : IJobAdapter
        {
            public abstract string Name { get; }
            public abstract Task<HealthReport> CheckHealthAsync(CancellationToken ct);
            public abstract Task<string> SubmitAsync(JobRequest request, CancellationToken ct);
            public abstract Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct);
            public abstract Task<Envelope> GetResultAsync(string jobId, CancellationToken ct);
            public abstract Task CancelAsync(string jobId, CancellationToken ct);
            public abstract Task CancelAsync(string jobId, StopConfirmation confirmation = default, CancellationToken ct = default);
        }

        """;

    private static Task Verify(string body) => LauncherTest.Source(new StopConfirmationAnalyzer(), body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_and_a_left_out_default_are_read() => Verify(ConfirmingAdapter + """
        class Stop
        {
            Task A(JobCall call, CancellationToken ct) => call.CancelAsync(ct: ct, [|confirmation: default|]);
            Task B(ConfirmingAdapter adapter, CancellationToken ct) => adapter.CancelAsync(ct: ct, [|confirmation: default|], jobId: "job-1");
            Task C(ConfirmingAdapter adapter) => adapter.[|CancelAsync|](jobId: "job-1");
            Task D(JobCall call, CancellationToken ct, string typed) => call.CancelAsync(ct: ct, confirmation: StopConfirmation.FromUser(typed));
        }
        """);

    [Fact]
    public Task A_method_group_is_not_followed() => Verify("""
        class Stop
        {
            Func<StopConfirmation, CancellationToken, Task> A(JobCall call) => call.CancelAsync;
            Task B(JobCall call) => call.CancelAsync([|default|]);
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_chains_of_locals_are_read() => Verify("""
        class Stop
        {
            Task A(JobCall call) { var (confirmation, reason) = (StopConfirmation.FromUser("yes, stop it"), "bug"); return call.CancelAsync([|confirmation|]); }
            Task B(JobCall call) { var phrase = StopConfirmation.Phrase; var typed = phrase; return call.CancelAsync([|StopConfirmation.FromUser(typed)|]); }
            Task C(JobCall call, bool again) { var typed = Console.ReadLine()!; if (again) typed = Console.ReadLine()!; return call.CancelAsync(StopConfirmation.FromUser(typed)); }
        }
        """);

    [Fact]
    public Task An_alternative_counts_when_it_is_the_stop_phrase_or_an_unconfirmed_value() => Verify("""
        class Stop
        {
            Task A(JobCall call, bool interactive) => call.CancelAsync(interactive ? StopConfirmation.FromUser(Console.ReadLine()!) : [|StopConfirmation.FromUser("yes, stop it")|]);
            Task B(JobCall call, string? typed) => call.CancelAsync([|StopConfirmation.FromUser(typed ?? StopConfirmation.Phrase)|]);
            Task C(JobCall call, StopConfirmation? given) => call.CancelAsync(given ?? [|default|]);
            Task D(JobCall call, string mode) => call.CancelAsync(mode switch { "force" => [|new StopConfirmation()|], _ => StopConfirmation.FromUser(Console.ReadLine()!) });
            Task E(JobCall call) => call.CancelAsync(StopConfirmation.FromUser(Console.ReadLine() ?? ""));
        }
        """);

    [Fact]
    public Task Target_typed_new_and_constants_of_other_types_are_read() => Verify("""
        static class Phrases { public const string Stop = "yes, stop it"; public const string Word = "stop"; public static readonly string Loaded = "yes, stop it"; }
        class Stop
        {
            Task A(JobCall call) => call.CancelAsync([|new()|]);
            Task B(JobCall call) => call.CancelAsync([|StopConfirmation.FromUser(Phrases.Stop)|]);
            Task C(JobCall call) => call.CancelAsync([|StopConfirmation.FromUser($"yes, {Phrases.Word} it")|]);
            Task D(JobCall call) => call.CancelAsync(StopConfirmation.FromUser(Phrases.Loaded));
            Task E(JobCall call) => call.CancelAsync(StopConfirmation.FromUser(string.Concat("yes, ", "stop it")));
        }
        """);

    [Fact]
    public Task Conditional_access_null_forgiving_and_lambdas_are_read() => Verify("""
        class Stop
        {
            Task? A(JobCall? call) => call?.CancelAsync([|default|]);
            Task B(JobCall call, string? typed) => call.CancelAsync(StopConfirmation.FromUser(typed!));
            Func<JobCall, Task> C() => call => call.CancelAsync([|default|]);
        }
        """);

    [Fact]
    public Task A_users_own_types_with_the_same_names_are_silent() => Verify("""
        namespace Mine
        {
            readonly struct StopConfirmation { public static StopConfirmation FromUser(string s) => default; }
            sealed class JobCall { public Task CancelAsync(StopConfirmation c) => Task.CompletedTask; }
            class Stop { Task A(JobCall call) => call.CancelAsync(StopConfirmation.FromUser("yes, stop it")); }
        }
        """);
}
