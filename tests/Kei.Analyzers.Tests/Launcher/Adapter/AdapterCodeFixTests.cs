using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.CodeFixes.Adapter;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.Tests.Launcher.Adapter;

public sealed class AdapterCodeFixTests
{
    private const string U = LauncherTest.Usings + "using System.Diagnostics; using System.Net.Http;\n";

    [Fact]
    public Task KEI022_combines_a_base_Uri_with_the_relative_part() => LauncherTest.Create(new UrlConcatenationAnalyzer()).WithSource(U + """
        class Client
        {
            async Task Run(HttpClient http, Uri baseUri, string id, int attempt)
            {
                _ = new Uri([|baseUri + "jobs/" + id|]);
                await http.GetAsync([|$"{baseUri}jobs/{id}?attempt={attempt}"|]);
                await http.DeleteAsync(/* job */ [|baseUri + id|]);
                _ = new HttpRequestMessage(HttpMethod.Get, [|baseUri + "healthz"|]);
                string baseUrl = baseUri.ToString();
                await http.GetAsync([|baseUrl + "/jobs"|]);
            }
        }
        """).VerifyCodeFixAsync(new UrlCodeFixProvider(), U + """
        class Client
        {
            async Task Run(HttpClient http, Uri baseUri, string id, int attempt)
            {
                _ = new Uri(baseUri, "jobs/" + id);
                await http.GetAsync(new Uri(baseUri, $"jobs/{id}?attempt={attempt}"));
                await http.DeleteAsync(/* job */ new Uri(baseUri, id));
                _ = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, "healthz"));
                string baseUrl = baseUri.ToString();
                await http.GetAsync([|baseUrl + "/jobs"|]);
            }
        }
        """);

    [Fact]
    public Task KEI024_moves_arguments_to_ArgumentList() => LauncherTest.Create(new ProcessArgumentsAnalyzer()).WithSource(U + """
        class Runner
        {
            void Run(string script, string input, int epochs)
            {
                var psi = new ProcessStartInfo("python") { FileName = "python", Arguments = [|script + " --epochs " + epochs|] };
                psi.Arguments = [|$"{script} --input {input} --lr=0.1 --seed={epochs}"|]; // the second run
                Process.Start("python", [|script + " " + input|]);
                var quoted = new ProcessStartInfo("python") { Arguments = [|"\"" + script + "\""|] };
                var shell = new ProcessStartInfo("bash");
                shell.ArgumentList.Add("-c");
                shell.ArgumentList.Add([|$"cat {input}"|]);
            }
        }
        """).VerifyCodeFixAsync(new ProcessArgumentsCodeFixProvider(), U + """
        class Runner
        {
            void Run(string script, string input, int epochs)
            {
                var psi = new ProcessStartInfo("python") { FileName = "python", ArgumentList = { script, "--epochs", $"{epochs}" } };
                psi.ArgumentList.Add(script);
                psi.ArgumentList.Add("--input");
                psi.ArgumentList.Add(input);
                psi.ArgumentList.Add("--lr=0.1");
                psi.ArgumentList.Add($"--seed={epochs}"); // the second run
                Process.Start("python", new[] { script, input });
                var quoted = new ProcessStartInfo("python") { Arguments = [|"\"" + script + "\""|] };
                var shell = new ProcessStartInfo("bash");
                shell.ArgumentList.Add("-c");
                shell.ArgumentList.Add([|$"cat {input}"|]);
            }
        }
        """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI024_fix_all(FixAllScope scope) => LauncherTest.Create(new ProcessArgumentsAnalyzer())
        .WithSource(U + "class R { ProcessStartInfo A(string s) => new ProcessStartInfo(\"x\") { Arguments = [|\"run \" + s|] }; ProcessStartInfo B(string s) => new ProcessStartInfo(\"y\") { Arguments = [|$\"{s} -v\"|] }; }")
        .VerifyFixAllAsync(new ProcessArgumentsCodeFixProvider(), scope, U + "class R { ProcessStartInfo A(string s) => new ProcessStartInfo(\"x\") { ArgumentList = { \"run\", s } }; ProcessStartInfo B(string s) => new ProcessStartInfo(\"y\") { ArgumentList = { s, \"-v\" } }; }");

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task KEI022_fix_all(FixAllScope scope) => LauncherTest.Create(new UrlConcatenationAnalyzer())
        .WithSource(U + "class A { Task<string> R(HttpClient h, Uri b, string id) => h.GetStringAsync([|b + \"jobs/\" + id|]); }")
        .WithSource(U + "class B { Uri R(Uri b) => new Uri([|$\"{b}healthz\"|]); }")
        .VerifyFixAllAsync(
            new UrlCodeFixProvider(),
            scope,
            U + "class A { Task<string> R(HttpClient h, Uri b, string id) => h.GetStringAsync(new Uri(b, \"jobs/\" + id)); }",
            U + "class B { Uri R(Uri b) => new Uri(b, \"healthz\"); }");
}
