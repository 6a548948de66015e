using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI021 over the constructs that can carry a console write inside an adapter (docs/rules/KEI021.md).</summary>
public sealed class AdapterConsoleConstructTests
{
    private static Task Verify(string source)
        => LauncherTest.Create(new AdapterConsoleAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + source).VerifyAnalyzerAsync();

    [Fact]
    public Task A_method_group_fires_and_the_error_stream_and_nameof_do_not() => Verify(ConstructSources.Adapter("LocalAdapter", """
            void A(List<string> lines) => lines.ForEach([|Console.WriteLine|]);
            void B(List<string> lines) => lines.ForEach(Console.Error.WriteLine);
            Action<string> C() => [|Console.Write|];
            string D() => nameof(Console.WriteLine);
            void E(List<string> lines) => lines.ForEach(Mine.Console.WriteLine);
        """) + """
        namespace Mine { static class Console { public static void WriteLine(string s) { } } }
        """);

    [Fact]
    public Task Named_arguments_using_static_and_conditional_access_fire() => Verify("using static System.Console;\n" + ConstructSources.Adapter("LocalAdapter", """
            void A() => [|Console.Write(format: "{0}", arg0: 1)|];
            void B() => [|WriteLine("x")|];
            void C() => [|Console.Out|]?.WriteLine("x");
            void D() { TextWriter w = [|Console.Out|]; w.Flush(); }
        """).Replace("TextWriter", "System.IO.TextWriter"));

    [Fact]
    public Task Lambdas_local_functions_linq_and_async_iterators_fire() => Verify(ConstructSources.Adapter("LocalAdapter", """
            Action A() => () => [|Console.WriteLine("x")|];
            void B() { Log("x"); static void Log(string s) => [|Console.WriteLine(s)|]; }
            IEnumerable<int> C(int[] xs) => from x in xs where [|Console.Out|] != null select x;
            async IAsyncEnumerable<int> D() { await Task.Yield(); [|Console.WriteLine("x")|]; yield return 1; }
        """));

    [Fact]
    public Task Every_part_of_a_partial_adapter_and_partial_methods_are_checked() => Verify(ConstructSources.Adapter("LocalAdapter", """
            partial void Trace(string s);
        """, partial: true) + """
        partial class LocalAdapter
        {
            partial void Trace(string s) => [|Console.WriteLine(s)|];
            void Other() => [|Console.Write("x")|];
        }
        class NotAnAdapter { void Log() => Console.WriteLine("x"); }
        """);

    [Fact]
    public Task A_type_nested_in_an_adapter_is_part_of_it() => Verify(ConstructSources.Adapter("LocalAdapter", """
            sealed class Progress { public void Show() => [|Console.WriteLine("x")|]; }
            void A() => [|Console.WriteLine("y")|];
        """) + """
        class Outside { sealed class Progress { public void Show() => Console.WriteLine("x"); } }
        """);
}
