using Kei.Analyzers.Generator;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>
/// The official source-generator test of <see cref="AgentPolicyGenerator"/>, with the agent files, their
/// <c>KeiKind</c> metadata and the global options of a <see cref="KeiTest"/>: expected generated sources go in
/// <c>TestState.GeneratedSources</c>, expected KEI2xx diagnostics as markup in the agent files or as results.
/// </summary>
internal sealed class AgentPolicyGeneratorTest : CSharpSourceGeneratorTest<AgentPolicyGenerator, DefaultVerifier>
{
    public AgentPolicyGeneratorTest(KeiTest keiTest)
    {
        KeiTestState.Apply(keiTest, this, forVerification: true);
        if (keiTest.Sources.Count == 0)
        {
            // The packages need one source; the generator reads none (only AdditionalFiles and options feed it).
            TestState.Sources.Add((KeiTestState.PathOf("App.cs"), "namespace App { public static class Marker { } }"));
        }
    }

    /// <summary>Adds an expected source, by the hint name the generator gives it.</summary>
    public AgentPolicyGeneratorTest WithGeneratedSource(string hintName, string text)
    {
        TestState.GeneratedSources.Add((typeof(AgentPolicyGenerator), hintName, text));
        return this;
    }
}
