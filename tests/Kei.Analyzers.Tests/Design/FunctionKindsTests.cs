using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Design;

/// <summary>KEI101 for every kind of function, with a limit of 3 lines so the sources stay short.</summary>
public sealed class FunctionKindsTests
{
    private static async Task<string[]> Messages(string markup)
    {
        var diagnostics = await new KeiTest(new FunctionLinesAnalyzer()).WithSource(markup).WithEditorConfig("kei_max_function_lines", "3").VerifyAnalyzerAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public async Task ConstructorAndDestructorAreReportedAtTheirNames()
        => Assert.Equal(
            ["Constructor 'C' spans 4 lines; the limit is 3", "Destructor '~C' spans 4 lines; the limit is 3"],
            await Messages("""
                class C
                {
                    public [|C|]()
                    {
                        _ = 0;
                    }
                    ~[|C|]()
                    {
                        _ = 0;
                    }
                    public C(int x) { _ = x; }
                }
                """));

    [Fact]
    public async Task OperatorsAreReportedAtTheOperatorKeyword()
        => Assert.Equal(
            ["Operator '+' spans 4 lines; the limit is 3", "Conversion operator 'int' spans 4 lines; the limit is 3"],
            await Messages("""
                class C
                {
                    public static C [|operator|] +(C a, C b)
                    {
                        return a;
                    }
                    public static implicit [|operator|] int(C c)
                    {
                        return 0;
                    }
                    public static C operator -(C a, C b) => a;
                }
                """));

    [Fact]
    public async Task AccessorsAreReportedAtTheirKeywords()
        => Assert.Equal(
            [
                "Accessor 'get' of 'Name' spans 4 lines; the limit is 3",
                "Accessor 'init' of 'Name' spans 4 lines; the limit is 3",
                "Accessor 'add' of 'Changed' spans 4 lines; the limit is 3",
                "Accessor 'remove' of 'Changed' spans 4 lines; the limit is 3",
                "Accessor 'set' of 'this[]' spans 4 lines; the limit is 3",
            ],
            await Messages("""
                class C
                {
                    string Name
                    {
                        [|get|]
                        {
                            return "";
                        }
                        [|init|]
                        {
                            _ = value;
                        }
                    }
                    event System.Action Changed
                    {
                        [|add|]
                        {
                            _ = value;
                        }
                        [|remove|]
                        {
                            _ = value;
                        }
                    }
                    int this[int i]
                    {
                        get { return i; }
                        [|set|]
                        {
                            _ = value;
                        }
                    }
                }
                """));

    [Fact]
    public async Task ExpressionBodiedMembersCount()
        => Assert.Equal(
            ["Method 'M' spans 4 lines; the limit is 3", "Property 'P' spans 4 lines; the limit is 3", "Indexer 'this[]' spans 4 lines; the limit is 3"],
            await Messages("""
                class C
                {
                    int [|M|]() =>
                        1 +
                        2 +
                        3;
                    int [|P|] =>
                        1 +
                        2 +
                        3;
                    int [|this|][int i] =>
                        i +
                        2 +
                        3;
                    int Q { get; set; }
                }
                """));

    [Fact]
    public async Task LocalFunctionsAreReportedAtTheirNames()
        => Assert.Equal(
            ["Method 'M' spans 8 lines; the limit is 3", "Local function 'Helper' spans 4 lines; the limit is 3"],
            await Messages("""
                class C
                {
                    void [|M|]()
                    {
                        int [|Helper|]()
                        {
                            return 1;
                        }
                        static int Short() => 2;
                    }
                }
                """));

    [Fact]
    public async Task BlockLambdasAndAnonymousMethodsAreReportedButExpressionLambdasAreNot()
        => Assert.Equal(
            [
                "Method 'M' spans 19 lines; the limit is 3",
                "Lambda in 'M' spans 4 lines; the limit is 3",
                "Lambda in 'M' spans 4 lines; the limit is 3",
                "Anonymous method in 'M' spans 4 lines; the limit is 3",
                "Lambda in 'Field' spans 4 lines; the limit is 3",
            ],
            await Messages("""
                using System;
                class C
                {
                    static void Run(Func<int, int> first, Func<int, int> second, Action third) { }
                    void [|M|]()
                    {
                        Run(
                            (int x) [|=>|]
                            {
                                return x;
                            },
                            x [|=>|]
                            {
                                return x;
                            },
                            [|delegate|]
                            {
                                _ = 0;
                            });
                        Func<int, int> expression = x =>
                            x +
                            1;
                    }
                    Action Field = () [|=>|]
                    {
                        _ = 0;
                    };
                }
                """));

    [Fact]
    public async Task DeclarationsWithoutBodiesAreShort()
        => Assert.Empty(await Messages("""
            abstract class C
            {
                public abstract void M(
                    int a);
                public abstract int P { get; }
            }
            interface I
            {
                void N();
            }
            """));
}
