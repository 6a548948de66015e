using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Design;

/// <summary>KEI101 for every kind of function, with a limit of 3 lines so the sources stay short.</summary>
public sealed class FunctionKindsTests
{
    /// <summary>The markup's <c>{|#i:...|}</c> spans carry KEI101 with the i-th message, and nothing else is reported.</summary>
    private static Task Verify(string markup, params string[] messages)
        => new KeiTest(new FunctionLinesAnalyzer()).WithSource(markup).WithEditorConfig("kei_max_function_lines", "3")
            .WithExpected([.. messages.Select((message, i) => KeiTest.Diagnostic("KEI101").WithLocation(i).WithMessage(message))])
            .VerifyAnalyzerAsync();

    [Fact]
    public Task ConstructorAndDestructorAreReportedAtTheirNames()
        => Verify(
            """
                class C
                {
                    public {|#0:C|}()
                    {
                        _ = 0;
                    }
                    ~{|#1:C|}()
                    {
                        _ = 0;
                    }
                    public C(int x) { _ = x; }
                }
                """,
            "Constructor 'C' spans 4 lines; the limit is 3",
            "Destructor '~C' spans 4 lines; the limit is 3");

    [Fact]
    public Task OperatorsAreReportedAtTheOperatorKeyword()
        => Verify(
            """
                class C
                {
                    public static C {|#0:operator|} +(C a, C b)
                    {
                        return a;
                    }
                    public static implicit {|#1:operator|} int(C c)
                    {
                        return 0;
                    }
                    public static C operator -(C a, C b) => a;
                }
                """,
            "Operator '+' spans 4 lines; the limit is 3",
            "Conversion operator 'int' spans 4 lines; the limit is 3");

    [Fact]
    public Task AccessorsAreReportedAtTheirKeywords()
        => Verify(
            """
                class C
                {
                    string Name
                    {
                        {|#0:get|}
                        {
                            return "";
                        }
                        {|#1:init|}
                        {
                            _ = value;
                        }
                    }
                    event System.Action Changed
                    {
                        {|#2:add|}
                        {
                            _ = value;
                        }
                        {|#3:remove|}
                        {
                            _ = value;
                        }
                    }
                    int this[int i]
                    {
                        get { return i; }
                        {|#4:set|}
                        {
                            _ = value;
                        }
                    }
                }
                """,
            "Accessor 'get' of 'Name' spans 4 lines; the limit is 3",
            "Accessor 'init' of 'Name' spans 4 lines; the limit is 3",
            "Accessor 'add' of 'Changed' spans 4 lines; the limit is 3",
            "Accessor 'remove' of 'Changed' spans 4 lines; the limit is 3",
            "Accessor 'set' of 'this[]' spans 4 lines; the limit is 3");

    [Fact]
    public Task ExpressionBodiedMembersCount()
        => Verify(
            """
                class C
                {
                    int {|#0:M|}() =>
                        1 +
                        2 +
                        3;
                    int {|#1:P|} =>
                        1 +
                        2 +
                        3;
                    int {|#2:this|}[int i] =>
                        i +
                        2 +
                        3;
                    int Q { get; set; }
                }
                """,
            "Method 'M' spans 4 lines; the limit is 3",
            "Property 'P' spans 4 lines; the limit is 3",
            "Indexer 'this[]' spans 4 lines; the limit is 3");

    [Fact]
    public Task LocalFunctionsAreReportedAtTheirNames()
        => Verify(
            """
                class C
                {
                    void {|#0:M|}()
                    {
                        int {|#1:Helper|}()
                        {
                            return 1;
                        }
                        static int Short() => 2;
                    }
                }
                """,
            "Method 'M' spans 8 lines; the limit is 3",
            "Local function 'Helper' spans 4 lines; the limit is 3");

    [Fact]
    public Task BlockLambdasAndAnonymousMethodsAreReportedButExpressionLambdasAreNot()
        => Verify(
            """
                using System;
                class C
                {
                    static void Run(Func<int, int> first, Func<int, int> second, Action third) { }
                    void {|#0:M|}()
                    {
                        Run(
                            (int x) {|#1:=>|}
                            {
                                return x;
                            },
                            x {|#2:=>|}
                            {
                                return x;
                            },
                            {|#3:delegate|}
                            {
                                _ = 0;
                            });
                        Func<int, int> expression = x =>
                            x +
                            1;
                    }
                    Action Field = () {|#4:=>|}
                    {
                        _ = 0;
                    };
                }
                """,
            "Method 'M' spans 19 lines; the limit is 3",
            "Lambda in 'M' spans 4 lines; the limit is 3",
            "Lambda in 'M' spans 4 lines; the limit is 3",
            "Anonymous method in 'M' spans 4 lines; the limit is 3",
            "Lambda in 'Field' spans 4 lines; the limit is 3");

    [Fact]
    public Task DeclarationsWithoutBodiesAreShort()
        => Verify("""
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
            """);
}
