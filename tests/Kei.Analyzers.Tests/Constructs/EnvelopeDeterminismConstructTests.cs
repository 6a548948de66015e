using System.Globalization;
using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI023 over the constructs that can carry a clock, random, GUID, process or host value into an envelope (docs/rules/KEI023.md).</summary>
public sealed class EnvelopeDeterminismConstructTests
{
    private static Task Verify(string body)
        => LauncherTest.Create(new EnvelopeDeterminismAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_are_walked_and_left_out_defaults_are_not() => Verify("""
        class Job
        {
            Envelope A(string id) => Envelope.Success(indexPath: $"i-{[|DateTime.UtcNow|]:yyyyMMdd}.json", outputPaths: new[] { "a" }, runId: id);
            Task B(JobContext ctx) => ctx.WriteSuccessAsync(meta: new Dictionary<string, object> { ["host"] = [|Environment.MachineName|] }, indexPath: "i.json");
            Envelope C(string id) => Envelope.Success(id, new[] { "a" });
        }
        """);

    [Fact]
    public Task A_method_group_and_a_lambda_are_not_entered() => Verify("""
        class Job
        {
            static Dictionary<string, object> Meta(Func<Guid> make) => new();
            Envelope A(string id) => Envelope.Success(id, new[] { "a" }, meta: Meta(Guid.NewGuid));
            Envelope B(string id) => Envelope.Success(id, new[] { "a" }, meta: Meta(() => Guid.NewGuid()));
            Envelope C(string id) => Envelope.Success(id + [|Guid.NewGuid()|], new[] { "a" });
        }
        """);

    [Fact]
    public Task A_local_grown_by_compound_assignment_is_followed() => Verify("""
        class Job
        {
            Envelope A() { var name = "run-"; name += Guid.NewGuid(); return Envelope.Success([|name|], new[] { "a" }); }
            Envelope B(string id, bool retry) { var name = "run-" + Guid.NewGuid(); if (retry) name = id; return Envelope.Success(name, new[] { "a" }); }
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_pattern_designations_are_followed() => Verify("""
        class Job
        {
            Envelope A(string runId) { var (id, started) = (runId, DateTime.UtcNow); return Envelope.Success(id, new[] { "a" }, indexPath: $"i-{[|started|]:O}.json"); }
            Envelope? B(string id) => DateTimeOffset.UtcNow is var now ? Envelope.Success(id, new[] { "a" }, indexPath: $"i-{[|now|]:yyyy}.json") : null;
        }
        """);

    [Fact]
    public Task Coalescing_conditionals_and_switch_arms_inside_the_arguments_are_walked() => Verify("""
        class Job
        {
            Envelope A(string id, string? fixedPath) => Envelope.Success(id, new[] { "a" }, indexPath: fixedPath ?? $"i-{[|DateTime.Now|]:yyyy}.json");
            Envelope B(string id, bool stamp) => Envelope.Success(id, new[] { "a" }, indexPath: stamp ? [|Stopwatch.GetTimestamp()|].ToString() : "i.json");
            Envelope C(string id, int kind) => Envelope.Success(id, new[] { "a" }, indexPath: kind switch { 0 => [|Environment.ProcessId|].ToString(), _ => "i.json" });
        }
        """);

    [Fact]
    public Task Initializers_target_typed_new_and_collection_expressions_are_walked() => Verify("""
        class Job
        {
            Envelope A(string id) => Envelope.Success(id, new[] { "a" }, meta: new Dictionary<string, object> { ["t"] = [|Stopwatch.GetTimestamp()|] });
            Envelope B(string id) { Dictionary<string, object> meta = new() { ["host"] = Environment.MachineName }; return Envelope.Success(id, new[] { "a" }, meta: [|meta|]); }
            Envelope C(string id) => Envelope.Success(id, [$"out-{[|Guid.NewGuid()|]}.bin"]);
            Envelope D(string id) { string[] stamped = [$"{Guid.NewGuid()}"]; return Envelope.Success(id, [.. [|stamped|], "b"]); }
        }
        """);

    [Fact]
    public Task Chains_of_up_to_four_locals_are_followed_through_what_they_are_made_from() => Verify("""
        class Job
        {
            Envelope A(string id, string[] outputs) { var t = DateTimeOffset.UtcNow; var s = t.ToString("yyyyMMdd"); return Envelope.Success(id, outputs, indexPath: $"index-{[|s|]}.json"); }
            Envelope B(string id) { var a = DateTime.UtcNow; var b = a; var c = b; var d = c; return Envelope.Success(id, new[] { "a" }, indexPath: [|d|].ToString()); }
            Envelope C(string id) { var a = DateTime.UtcNow; var b = a; var c = b; var d = c; var e = d; return Envelope.Success(id, new[] { "a" }, indexPath: e.ToString()); }
        }
        """);

    [Fact]
    public Task Every_way_of_building_text_is_walked_and_builder_mutations_are_not() => Verify("""
        class Job
        {
            Envelope A(string id) => Envelope.Success(id, new[] { "a" }, indexPath: $"{[|DateTime.UtcNow|],20:O}");
            Envelope B(string id) => Envelope.Success(string.Concat(id, [|Guid.NewGuid()|].ToString()), new[] { "a" });
            Envelope C(string id) => Envelope.Success(string.Join("-", id, [|Environment.ProcessId|]), new[] { "a" });
            Envelope D(string id) => Envelope.Success(string.Format("{0}-{1}", id, [|DateTime.Today|]), new[] { "a" });
            Envelope E(string id) { var sb = new StringBuilder(id); sb.Append(DateTime.UtcNow); return Envelope.Success(sb.ToString(), new[] { "a" }); }
        }
        """);

    [Fact]
    public Task Conditional_access_lambdas_local_functions_and_partial_methods() => Verify("""
        class Run { public Dictionary<string, object>? Meta { get; set; } }
        partial class Job
        {
            Envelope A(string id, Run? run) => Envelope.Success(id, new[] { "a" }, meta: run?.Meta ?? new Dictionary<string, object> { ["t"] = [|DateTime.Now|].Ticks });
            Func<string, Envelope> B() => id => Envelope.Failure(id, "E", [|DateTime.UtcNow|].ToString());
            Envelope C(string id) { return Envelope.Success(Stamp(), new[] { "a" }); static string Stamp() => Guid.NewGuid().ToString(); }
            partial Task D(JobContext ctx);
            partial Task D(JobContext ctx) => ctx.WriteErrorAsync("E", [|Guid.NewGuid()|].ToString());
        }
        """.Replace("partial Task D", "public partial Task D"));

    [Fact]
    public Task Fields_parameters_constants_and_a_users_own_clock_are_silent() => Verify("""
        namespace Mine
        {
            static class DateTime { public static string UtcNow => "fixed"; }
            class Job
            {
                const string Started = "2026-01-01";
                static readonly System.DateTime Loaded = System.DateTime.UtcNow;
                Envelope A(string id, System.DateTime given) => Envelope.Success(id, new[] { "a" }, indexPath: DateTime.UtcNow + Started + Loaded + given);
            }
        }
        """);

    [Fact]
    public async Task The_message_names_the_local_and_the_source_it_came_from()
    {
        var diagnostics = await LauncherTest.Create(new EnvelopeDeterminismAnalyzer()).WithSource(LauncherTest.Usings + """
            class Job { Envelope A(string id, string[] outputs) { var t = DateTimeOffset.UtcNow; var s = t.ToString("yyyyMMdd"); return Envelope.Success(id, outputs, indexPath: $"index-{[|s|]}.json"); } }
            """).VerifyAnalyzerAsync();
        Assert.Equal("'s' (from 'DateTimeOffset.UtcNow') flows into an Envelope; envelopes are deterministic, timing goes to logs", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }
}
