using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Design;

/// <summary>KEI102: one top-level type per file.</summary>
public sealed class OneTopLevelTypeTests
{
    private static Task Verify(string markup)
        => new KeiTest(new OneTopLevelTypeAnalyzer()).WithSource(markup).VerifyAnalyzerAsync();

    [Fact]
    public Task ASecondClassIsReportedAtItsName()
        => new KeiTest(new OneTopLevelTypeAnalyzer()).WithSource("class Trainer { }\nclass {|#0:Helper|} { }\n")
            .WithExpected(KeiTest.Diagnostic("KEI102").WithLocation(0).WithMessage("Top-level type 'Helper' shares this file with 'Trainer'; move it to its own file"))
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task OneTypeWithNestedTypesIsSilent()
        => await Verify("class Trainer\n{\n    class Step { }\n    enum Phase { A }\n    delegate void Callback();\n}\n");

    [Fact]
    public async Task PartialPartsOfOneTypeAreOneType()
        => await Verify("partial class Trainer { }\npartial class Trainer { void M() { } }\n");

    [Fact]
    public async Task EachExtraTypeIsReportedOnceEvenWithPartialParts()
        => await Verify("partial class A { }\npartial class [|B|] { }\npartial class A { }\npartial class B { }\nstruct [|C|] { }\n");

    [Fact]
    public async Task EnumsDelegatesInterfacesRecordsAndStructsAreTypes()
        => await Verify("""
            namespace N;
            class First { }
            enum [|Color|] { Red }
            delegate void [|Handler|]();
            interface [|IThing|] { }
            record [|Point|](int X);
            record struct [|Pair|](int A, int B);
            struct [|Value|] { }
            """);

    [Fact]
    public async Task TypesInBlockNamespacesCount()
        => await Verify("namespace A\n{\n    class One { }\n}\nnamespace B\n{\n    namespace C\n    {\n        class [|Two|] { }\n    }\n}\n");

    [Fact]
    public async Task SameNameInAnotherNamespaceIsAnotherType()
        => await Verify("namespace A { partial class T { } }\nnamespace B { partial class [|T|] { } }\n");

    [Fact]
    public async Task SplitNamespaceBlocksOfOneTypeAreOneType()
        => await Verify("namespace A.B { partial class T { } }\nnamespace A { namespace B { partial class T { } } }\nnamespace A . /* same */ B { partial class T { } }\n");

    [Fact]
    public async Task GenericArityMakesAnotherType()
        => await Verify("class Box { }\nclass [|Box|]<T> { }\n");

    [Fact]
    public async Task FileLocalTypesCount()
        => await Verify("class Public { }\nfile class [|Helper|] { }\n");

    [Fact]
    public async Task TopLevelStatementsAreNotTypes()
        => await new KeiTest(new OneTopLevelTypeAnalyzer()) { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication }
            .WithSource("System.Console.WriteLine(1);\nclass Helper { }\n")
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task GeneratedCodeIsExempt()
        => await new KeiTest(new OneTopLevelTypeAnalyzer()).WithSource("class A { }\nclass B { }\n", "Agents.g.cs").VerifyAnalyzerAsync();
}
