using System.Linq;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Tests.Infrastructure;

/// <summary>Namespace and type tests by name segments, with the look-alikes a string prefix test would accept.</summary>
public sealed class SymbolNamesTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "Names",
        [CSharpSyntaxTree.ParseText("""
            class Random { }
            namespace System.Diagnostics.Extra { class Stopwatch { } }
            namespace Polly.Retry { class RetryStrategy { } }
            namespace PollyTools { class Helper { } }
            namespace Kei.Runtime2 { class JobContext { } }
            namespace Other.Kei.Runtime { class JobContext { } }
            namespace Kei.Runtime { class JobContext { } }
            """)],
        NetReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Theory]
    [InlineData("System.Random", "System", "Random", true)]
    [InlineData("System.Diagnostics.Stopwatch", "System.Diagnostics", "Stopwatch", true)]
    [InlineData("Random", "System", "Random", false)]
    [InlineData("System.Diagnostics.Extra.Stopwatch", "System.Diagnostics", "Stopwatch", false)]
    [InlineData("System.Diagnostics.Stopwatch", "Diagnostics", "Stopwatch", false)]
    [InlineData("Kei.Runtime.JobContext", "Kei.Runtime", "JobContext", true)]
    [InlineData("Kei.Runtime2.JobContext", "Kei.Runtime", "JobContext", false)]
    [InlineData("Other.Kei.Runtime.JobContext", "Kei.Runtime", "JobContext", false)]
    [InlineData("System.Random", "System", "Stopwatch", false)]
    public void IsType_compares_the_whole_namespace(string metadataName, string space, string name, bool expected)
        => Assert.Equal(expected, SymbolNames.IsType(Type(metadataName), space, name));

    [Theory]
    [InlineData("Polly.Retry.RetryStrategy", true)]
    [InlineData("PollyTools.Helper", false)]
    [InlineData("Random", false)]
    public void IsInNamespaceTree_takes_the_outermost_namespace(string metadataName, bool expected)
        => Assert.Equal(expected, SymbolNames.IsInNamespaceTree(Type(metadataName), "Polly"));

    [Fact]
    public void Null_is_no_type() => Assert.False(SymbolNames.IsType(null, "System", "Random"));

    private static INamedTypeSymbol Type(string metadataName)
    {
        INamedTypeSymbol? type = Compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Empty(Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return type;
    }
}
