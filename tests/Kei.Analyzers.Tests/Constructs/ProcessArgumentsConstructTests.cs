using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.CodeFixes.Adapter;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI024 over the constructs that can carry process arguments built as one string (docs/rules/KEI024.md).</summary>
public sealed class ProcessArgumentsConstructTests
{
    private static Task Verify(string body)
        => LauncherTest.Create(new ProcessArgumentsAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_are_read_by_parameter() => Verify("""
        class Runner
        {
            ProcessStartInfo A(string script) => new ProcessStartInfo(arguments: [|script + " -v"|], fileName: "python");
            Process? B(string script) => Process.Start(arguments: [|$"{script} -v"|], fileName: "python");
            Process? C(string path) => Process.Start(arguments: new[] { "-c", [|"cat " + path|] }, fileName: "sh");
            ProcessStartInfo D(string script) => new ProcessStartInfo(arguments: script, fileName: "python");
        }
        """);

    [Fact]
    public Task A_method_group_is_not_followed() => Verify("""
        class Runner
        {
            Func<string, string, Process?> A() => Process.Start;
            Process? B(string s) => Process.Start("python", [|s + " -v"|]);
        }
        """);

    [Fact]
    public Task Assignment_coalescing_and_compound_assignment_of_a_run_time_piece_fire() => Verify("""
        class Runner
        {
            void A(ProcessStartInfo psi, string jobId) { psi.Arguments += [|" -h u " + jobId|]; }
            void B(ProcessStartInfo psi, string jobId) { psi.Arguments += [|jobId|]; }
            void C(ProcessStartInfo psi, string id) { psi.Arguments ??= [|$"--run {id}"|]; }
            void D(ProcessStartInfo psi) { psi.Arguments += " -v"; }
        }
        """);

    [Fact]
    public Task A_local_grown_by_compound_assignment_is_built() => Verify("""
        class Runner
        {
            void A(ProcessStartInfo psi, string input, string output) { var args = "--in " + input; args += " --out " + output; psi.Arguments = [|args|]; }
            void B(ProcessStartInfo psi) { var args = "--in a"; args += " --out b"; psi.Arguments = args; }
        }
        """);

    [Fact]
    public Task Deconstructed_values_are_read() => Verify("""
        class Runner
        {
            Process? A(string script) { var (file, args) = ("python", script + " -v"); return Process.Start(file, [|args|]); }
            Process? B() { var (file, args) = ("python", "train.py -v"); return Process.Start(file, args); }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Runner
        {
            void A(ProcessStartInfo psi, string? custom, string id) { psi.Arguments = custom ?? [|$"--run {id}"|]; }
            void B(ProcessStartInfo psi, bool verbose, string x) { psi.Arguments = verbose ? [|$"-v {x}"|] : x; }
            void C(ProcessStartInfo psi, int mode, string x) { psi.Arguments = mode switch { 0 => [|x + " --fast"|], _ => x }; }
            void D(ProcessStartInfo psi, bool verbose) { psi.Arguments = verbose ? "-v" : "-q"; }
        }
        """);

    [Fact]
    public Task Initializers_and_target_typed_new_are_read() => Verify("""
        class Runner
        {
            ProcessStartInfo A(string a, string b) => new ProcessStartInfo { Arguments = [|a + " " + b|] };
            ProcessStartInfo B(string a, string b) { ProcessStartInfo psi = new("python", [|a + " " + b|]); return psi; }
            ProcessStartInfo C(string p) => new ProcessStartInfo("bash") { ArgumentList = { "-c", [|$"cat {p}"|] } };
        }
        """);

    [Fact]
    public Task Collection_expressions_after_a_shell_dash_c_are_read_and_spreads_are_not() => Verify("""
        class Runner
        {
            Process? A(string p) => Process.Start("bash", ["-c", [|$"cat {p}"|]]);
            Process? B(string[] parts) => Process.Start("bash", ["-c", .. parts]);
            Process? C(string script) => Process.Start("python", [script, "-v"]);
        }
        """);

    [Fact]
    public Task Constants_of_other_types_and_chains_of_locals() => Verify("""
        static class Flags { public const string Verbose = "-v"; public static readonly string Loaded = "-q"; }
        class Runner
        {
            void A(ProcessStartInfo psi) { psi.Arguments = Flags.Verbose + " --quiet"; }
            void B(ProcessStartInfo psi) { psi.Arguments = [|Flags.Loaded + " --quiet"|]; }
            void C(ProcessStartInfo psi, string s) { var a = s + " -v"; var b = a; var c = b; var d = c; psi.Arguments = [|d|]; }
        }
        """);

    [Fact]
    public Task Every_way_of_building_text_is_read() => Verify("""
        class Runner
        {
            void A(ProcessStartInfo psi, string[] argv) { psi.Arguments = [|string.Join(" ", argv)|]; }
            void B(ProcessStartInfo psi, string s) { psi.Arguments = [|string.Concat(s, " -v")|]; }
            void C(ProcessStartInfo psi, string s) { psi.Arguments = [|string.Format("{0} -v", s)|]; }
            void D(ProcessStartInfo psi, string s) { var sb = new StringBuilder(s); sb.Append(" -v"); psi.Arguments = [|sb.ToString()|]; }
            void E(ProcessStartInfo psi, int seed) { psi.Arguments = [|$"--seed={seed,6:D4}"|]; }
            void F(ProcessStartInfo psi) { psi.Arguments = string.Join(" ", "-v", "-q"); }
        }
        """);

    [Fact]
    public Task Null_forgiving_lambdas_linq_and_async_iterators_are_read() => Verify("""
        class Runner
        {
            void A(ProcessStartInfo? psi, string a) { psi!.Arguments = [|a + " -v"|]; }
            Func<string, ProcessStartInfo> B() => s => new ProcessStartInfo("python", [|s + " -v"|]);
            IEnumerable<ProcessStartInfo> C(string[] xs) => from x in xs select new ProcessStartInfo("python", [|"-u " + x|]);
            async IAsyncEnumerable<Process?> D(string[] xs) { foreach (string x in xs) { await Task.Yield(); yield return Process.Start("python", [|x + " -v"|]); } }
        }
        """);

    [Fact]
    public Task A_shell_script_counts_only_on_the_same_start_info() => Verify("""
        class Job { public ProcessStartInfo Psi { get; } = new ProcessStartInfo("bash"); }
        class Runner
        {
            void A(ProcessStartInfo psi, string p) { psi.ArgumentList.Add("-c"); psi.ArgumentList.Add([|$"cat {p}"|]); }
            void B(ProcessStartInfo psi, ProcessStartInfo other, string p) { psi.ArgumentList.Add("-c"); other.ArgumentList.Add($"cat {p}"); }
            void C(Job a, Job b, string p) { a.Psi.ArgumentList.Add("-c"); b.Psi.ArgumentList.Add($"cat {p}"); }
            void D(Job a, string p) { a.Psi.ArgumentList.Add("-c"); a.Psi.ArgumentList.Add([|$"cat {p}"|]); }
        }
        """);

    [Fact]
    public Task A_users_own_ProcessStartInfo_is_silent() => Verify("""
        namespace Mine
        {
            sealed class ProcessStartInfo { public string Arguments { get; set; } = ""; }
            class Runner { void A(ProcessStartInfo psi, string s) { psi.Arguments = s + " -v"; psi.Arguments += s; } }
        }
        """);

    [Fact]
    public Task The_fix_leaves_a_compound_assignment_alone() => LauncherTest.Create(new ProcessArgumentsAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + """
        class Runner { void A(ProcessStartInfo psi, string jobId) { psi.Arguments += [|" -h u " + jobId|]; } }
        """).VerifyCodeFixAsync(new ProcessArgumentsCodeFixProvider(), LauncherTest.Usings + ConstructSources.AdapterUsings + """
        class Runner { void A(ProcessStartInfo psi, string jobId) { psi.Arguments += [|" -h u " + jobId|]; } }
        """);
}
