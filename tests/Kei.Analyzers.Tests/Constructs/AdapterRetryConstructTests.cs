using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI020 over the constructs that can carry a retry inside an adapter (docs/rules/KEI020.md).</summary>
public sealed class AdapterRetryConstructTests
{
    private static Task Verify(string source) => LauncherTest.Create(new AdapterRetryAnalyzer())
        .WithReference(typeof(Polly.ResiliencePipeline).Assembly)
        .WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + "using Polly; using Polly.Retry;\n" + source)
        .VerifyAnalyzerAsync();

    [Fact]
    public Task A_method_group_of_a_retry_builder_and_a_conditional_access_call_fire() => Verify(ConstructSources.Adapter("HttpAdapter", """
            Func<ResiliencePipelineBuilder, RetryStrategyOptions, ResiliencePipelineBuilder> A() => RetryResiliencePipelineBuilderExtensions.[|AddRetry|];
            ResiliencePipeline? B(ResiliencePipelineBuilder? b) => b?.[|AddRetry|](new RetryStrategyOptions()).Build();
            string C() => nameof(RetryResiliencePipelineBuilderExtensions.AddRetry);
        """) + """
        static class Own { public static int AddRetry(this int attempts) => attempts + 1; }
        """);

    [Fact]
    public Task Catch_filters_and_switches_in_the_handler_go_round_again() => Verify(ConstructSources.Adapter("HttpAdapter", """
            async Task<string> A(Func<Task<string>> send) { [|while|] (true) { try { return await send(); } catch (HttpRequestException e) when (e.StatusCode is not null) { } } }
            async Task<string> B(Func<Task<string>> send, int code) { [|do|] { try { return await send(); } catch (TimeoutException) { switch (code) { case 0: break; } } } while (true); }
            async Task<string> C(Func<Task<string>> send) { while (true) { try { return await send(); } catch (TimeoutException) { throw; } } }
        """));

    [Fact]
    public Task Loops_in_lambdas_local_functions_and_async_iterators_fire() => Verify(ConstructSources.Adapter("HttpAdapter", """
            Func<Task> A(Func<Task> send) => async () => { [|while|] (true) { try { await send(); return; } catch (TimeoutException) { } } };
            Task B(Func<Task> send) { return Run(send); static async Task Run(Func<Task> send) { [|for|] (;;) { try { await send(); return; } catch (TimeoutException) { } } } }
            async IAsyncEnumerable<int> C(Func<Task<int>> poll) { [|while|] (true) { int n; try { n = await poll(); } catch (TimeoutException) { continue; } yield return n; } }
            void D(string[] lines) { foreach (string line in lines) { try { int.Parse(line); } catch (FormatException) { } } }
        """));

    [Fact]
    public Task Every_part_of_a_partial_adapter_and_partial_methods_are_checked() => Verify(ConstructSources.Adapter("SlurmAdapter", """
            partial void Poll(Func<Task> step);
        """, partial: true) + """
        partial class SlurmAdapter
        {
            partial void Poll(Func<Task> step) { [|while|] (true) { try { step(); return; } catch (TimeoutException) { } } }
            void Other(Func<Task> step) { [|while|] (true) { try { step(); return; } catch (TimeoutException) { } } }
        }
        class NotAnAdapter
        {
            void Poll(Func<Task> step) { while (true) { try { step(); return; } catch (TimeoutException) { } } }
            int Own(int attempts) => attempts.AddRetry();
        }
        static class Own { public static int AddRetry(this int attempts) => attempts + 1; }
        """);

    [Fact]
    public Task A_type_nested_in_an_adapter_is_part_of_it() => Verify(ConstructSources.Adapter("HttpAdapter", """
            sealed class Poller { public void Poll(Func<Task> step) { [|while|] (true) { try { step(); return; } catch (TimeoutException) { } } } }
        """) + """
        class Outside { sealed class Poller { public void Poll(Func<Task> step) { while (true) { try { step(); return; } catch (TimeoutException) { } } } } }
        """);
}
