using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>The no-throw check every robustness run relies on fails when an analyzer throws, and names the input.</summary>
public sealed class AnalyzerFailuresTests
{
    [Fact]
    public async Task A_throwing_analyzer_fails_the_check_with_the_input_named()
    {
        KeiTest test = new KeiTest(new ThrowingAnalyzer()).WithPlainSource("class C { void M( }", "Typing.cs");
        FailException failure = await Assert.ThrowsAsync<FailException>(test.VerifyNoAnalyzerFailureAsync);
        Assert.Contains("On Typing.cs", failure.Message, StringComparison.Ordinal);
        Assert.Contains("thrown by the test analyzer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_that_does_not_compile_is_analysed_without_failing()
        => Assert.Empty(await new KeiTest(new ThrowingAnalyzer(throws: false)).WithPlainSource("class C { void M( }", "Typing.cs").VerifyNoAnalyzerFailureAsync());

    /// <summary>Throws on every syntax tree (or does nothing): only the check's own behaviour is under test.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer(bool throws = true) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST001", "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ =>
            {
                if (throws)
                {
                    throw new InvalidOperationException("thrown by the test analyzer");
                }
            });
        }
    }
}
