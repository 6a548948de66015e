using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.Tests.Constructs;

namespace Kei.Analyzers.Tests.Launcher.Adapter;

public sealed class AdapterRulesTests
{
    [Fact]
    public Task KEI020_retry_loops_and_pipelines_in_adapters_fire() => LauncherTest.Create(new AdapterRetryAnalyzer())
        .WithReference(typeof(Polly.ResiliencePipeline).Assembly)
        .WithSource(LauncherTest.Usings + "using Polly; using Polly.Retry;\n" + ConstructSources.Adapter("HttpAdapter", """
            async Task<string> Post(Func<Task<string>> send)
            {
                [|while|] (true)
                {
                    try { return await send(); }
                    catch (InvalidOperationException) { await Task.Delay(100); }
                }
            }
            async Task<string> Once(Func<Task<string>> send)
            {
                for (int i = 0; i < 1; i++) { try { return await send(); } catch (InvalidOperationException) { throw; } }
                foreach (string line in new[] { "a" }) { try { int.Parse(line); } catch (FormatException) { } }
                return "";
            }
            ResiliencePipeline Pipeline() => new ResiliencePipelineBuilder().[|AddRetry|](new RetryStrategyOptions()).Build();
            """) + """

            class NotAnAdapter
            {
                async Task Post(Func<Task> send) { while (true) { try { await send(); return; } catch (InvalidOperationException) { } } }
            }
            """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI021_console_in_adapters_fires() => LauncherTest.Source(new AdapterConsoleAnalyzer(), ConstructSources.Adapter("LocalAdapter", """
            void Log(string line)
            {
                [|Console.WriteLine(line)|];
                [|Console.Write(line)|];
                [|Console.Out|].Flush();
                Console.Error.WriteLine(line);
            }
            """) + """

            class Program { static void Main() => Console.WriteLine("not an adapter"); }
            """).VerifyAnalyzerAsync();

    [Fact]
    public Task Adapter_rules_without_the_runtime_register_nothing() => LauncherTest.WithoutRuntime(new AdapterConsoleAnalyzer(), """
        interface IJobAdapter { }
        class A : IJobAdapter { void Log() => System.Console.WriteLine("x"); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI022_urls_built_from_strings_fire() => LauncherTest.Source(new UrlConcatenationAnalyzer(), """
        class Client
        {
            async Task Run(System.Net.Http.HttpClient http, string baseUrl, Uri baseUri, string id)
            {
                _ = new Uri([|baseUrl + "/jobs/" + id|]);
                _ = new Uri([|$"{baseUrl}/jobs/{id}"|], UriKind.Absolute);
                await http.GetAsync([|baseUrl + "/jobs"|]);
                await http.GetStringAsync([|$"{baseUri}healthz"|]);
                string url = baseUrl + "/jobs/" + id;
                await http.DeleteAsync([|url|]);
                _ = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, [|baseUrl + "/run"|]);
                _ = new Uri(baseUri, "jobs/" + id);
                _ = new Uri("http://localhost" + "/healthz");
                await http.GetAsync(new Uri(baseUri, "healthz"));
                await http.GetAsync(baseUrl);
            }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI023_clock_random_and_host_values_in_envelopes_fire() => LauncherTest.Source(new EnvelopeDeterminismAnalyzer(), """
        class Job
        {
            Envelope A(string run) => Envelope.Success(run, new[] { "out.bin" }, meta: new Dictionary<string, object> { ["at"] = [|DateTime.UtcNow|].ToString("O") });
            Envelope B(string run) => Envelope.Failure([|Guid.NewGuid()|].ToString(), "ERR_INTERNAL", "x");
            Envelope C(string run)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                long elapsed = started.ElapsedMilliseconds;
                return Envelope.Failure(run, "ERR_TIMEOUT", "after " + [|elapsed|], meta: new Dictionary<string, object> { ["host"] = [|Environment.MachineName|], ["pid"] = [|System.Diagnostics.Process.GetCurrentProcess()|].Id });
            }
            Task D(JobContext context) => context.WriteSuccessAsync(meta: new Dictionary<string, object> { ["r"] = [|Random.Shared.Next()|] });
            Envelope E(string run, DateTime given) => Envelope.Success(run, new[] { "out.bin" }, meta: new Dictionary<string, object> { ["at"] = given.ToString("O"), ["n"] = 3 });
            string F() => DateTime.UtcNow.ToString("O");
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI024_process_arguments_built_as_one_string_fire() => LauncherTest.Source(new ProcessArgumentsAnalyzer(), """
        using System.Diagnostics;
        class Runner
        {
            void Run(string script, string input, int epochs)
            {
                var psi = new ProcessStartInfo("python") { Arguments = [|"train.py --epochs " + epochs|] };
                psi.Arguments = [|$"{script} --input {input}"|];
                Process.Start("python", [|script + " " + input|]);
                _ = new ProcessStartInfo("python", [|$"{script} {input}"|]);
                var shell = new ProcessStartInfo("bash");
                shell.ArgumentList.Add("-c");
                shell.ArgumentList.Add([|$"python {script} > log.txt"|]);
                Process.Start("sh", new[] { "-c", [|"cat " + input|] });
                var inline = new ProcessStartInfo("sh") { ArgumentList = { "-c", [|"ls " + input|] } };
                var safe = new ProcessStartInfo("python");
                safe.ArgumentList.Add(script);
                safe.ArgumentList.Add($"--epochs={epochs}");
                psi.Arguments = "train.py --epochs 3";
            }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Create(new AdapterRetryAnalyzer(), new AdapterConsoleAnalyzer(), new UrlConcatenationAnalyzer(), new EnvelopeDeterminismAnalyzer(), new ProcessArgumentsAnalyzer())
        .WithSource(LauncherTest.Usings + """
            class A : IJobAdapter { void M(System.Net.Http.HttpClient h, string s) { {|KEI020:while|} (true) { try { } catch { {|KEI021:Console.WriteLine( |}} } h.GetAsync(s + ; Envelope.Success(DateTime.Now, ; new System.Diagnostics.ProcessStartInfo { Arguments = s + } }
            """).AllowingCompilerErrors().VerifyAnalyzerAsync();

    /// <summary>Named like an adapter, but not an <c>IJobAdapter</c>: a client library may retry and print.</summary>
    [Fact]
    public Task KEI020_KEI021_a_class_named_Adapter_that_is_no_IJobAdapter_is_silent() => LauncherTest.Create(new AdapterRetryAnalyzer(), new AdapterConsoleAnalyzer())
        .WithSource(LauncherTest.Usings + """
            sealed class HttpAdapter
            {
                async Task<string> Post(Func<Task<string>> send)
                {
                    while (true)
                    {
                        try { return await send(); }
                        catch (InvalidOperationException) { Console.WriteLine("again"); }
                    }
                }
            }
            """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI022_concatenated_strings_that_reach_no_HTTP_call_are_silent() => LauncherTest.Source(new UrlConcatenationAnalyzer(), """
        class Client
        {
            sealed class Cache { public Task<string> GetAsync(string key) => Task.FromResult(key); }
            Task<string> Run(Cache cache, string baseUrl, string id)
            {
                string label = baseUrl + "/jobs/" + id;
                Console.WriteLine(label);
                return cache.GetAsync(baseUrl + "/jobs/" + id);
            }
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI023_clock_values_in_a_users_own_envelope_type_are_silent() => LauncherTest.Source(new EnvelopeDeterminismAnalyzer(), """
        namespace Mine { sealed class Envelope { public static Envelope Success(string runId, object meta) => new Envelope(); } }
        class Job { Mine.Envelope A(string run) => Mine.Envelope.Success(run, DateTime.UtcNow); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI024_a_users_own_start_info_with_concatenated_Arguments_is_silent() => LauncherTest.Source(new ProcessArgumentsAnalyzer(), """
        sealed class StartInfo { public string Arguments { get; set; } = ""; }
        class Runner { StartInfo Make(string script, int epochs) => new StartInfo { Arguments = script + " --epochs " + epochs }; }
        """).VerifyAnalyzerAsync();
}
