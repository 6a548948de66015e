using System.Threading.Tasks;
using Kei.Analyzers.Design;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Design;

public sealed class SmokeTests
{
    [Fact]
    public async Task LongMethodIsReportedAtItsName()
    {
        string source = $$"""
            class C
            {
                void [|Train|]()
                {
            {{SourceBuilder.Statements(28)}}
                }
            }
            """;
        var diagnostics = await new KeiTest(new FunctionLinesAnalyzer()).WithSource(source).VerifyAnalyzerAsync();
        Assert.Equal("Method 'Train' spans 31 lines; the limit is 30", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
