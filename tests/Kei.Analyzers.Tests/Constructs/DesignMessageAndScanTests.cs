using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>
/// KEI102's message for types that share a name, and KEI103 reading only the comments at the words a deferral needs
/// (docs/rules/KEI102.md, KEI103.md).
/// </summary>
public sealed class DesignMessageAndScanTests
{
    [Fact]
    public async Task KEI102_names_a_generic_type_with_its_type_parameters()
    {
        var diagnostics = await new KeiTest(new OneTopLevelTypeAnalyzer()).WithSource("""
            abstract class AsyncPolicy { }
            abstract class [|AsyncPolicy|]<TResult> : AsyncPolicy { }
            delegate TOut [|Convert|]<TIn, TOut>(TIn value);
            """).VerifyAnalyzerAsync();
        string[] messages = [.. diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture))];
        Assert.Contains("Top-level type 'AsyncPolicy<TResult>' shares this file with 'AsyncPolicy'; move it to its own file", messages);
        Assert.Contains("Top-level type 'Convert<TIn, TOut>' shares this file with 'AsyncPolicy'; move it to its own file", messages);
    }

    [Fact]
    public async Task KEI102_names_the_first_type_with_its_type_parameters_too()
    {
        var diagnostics = await new KeiTest(new OneTopLevelTypeAnalyzer()).WithSource("class Cache<TKey, TValue> { }\nclass [|Cache|] { }\n").VerifyAnalyzerAsync();
        Assert.Equal("Top-level type 'Cache' shares this file with 'Cache<TKey, TValue>'; move it to its own file", diagnostics.Single().GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("// Refactor this next time")]
    [InlineData("// clean up next\ttime")]
    [InlineData("// TODO: refactor later, someday, next time")]
    public Task KEI103_finds_a_deferral_once_whatever_words_it_holds(string comment)
        => new KeiTest(new DeferredRefactorCommentAnalyzer()).WithSource("class C\n{\n    [|" + comment + "|]\n    int Next() => 1;\n}\n").VerifyAnalyzerAsync();

    [Fact]
    public Task KEI103_reads_a_comment_inside_a_directive() => new KeiTest(new DeferredRefactorCommentAnalyzer()).WithSource("""
        class C
        {
        #if DEBUG [|// TODO: refactor later|]
            void M() { }
        #endif
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI103_is_silent_on_its_words_in_code_and_strings() => new KeiTest(new DeferredRefactorCommentAnalyzer()).WithSource("""
        class TodoList
        {
            string later = "TODO: refactor later";
            int Next(int nextTime) => NextAsync(nextTime);
            int NextAsync(int hack) => hack; // returns the next time slot
            [|// FIXME: simplify|]
            void M() { }
        }
        """).VerifyAnalyzerAsync();
}
