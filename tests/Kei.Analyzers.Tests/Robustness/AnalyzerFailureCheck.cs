using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Infrastructure;
using Kei.Analyzers.Tests.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer the assembly ships (found by reflection, so new rules are covered without a change here) with
/// Kei.Runtime referenced, through the harness, which fails on any analyzer exception (AD0001 in the compiler).
/// The failure message names the input, so a crash found among thousands of inputs can be reproduced.
/// </summary>
internal static class AnalyzerFailureCheck
{
    /// <summary>
    /// The probe compiled once: runs differ only in their agent files, so sharing the compilation (its reference
    /// symbols and syntax) leaves each run with the analyzers' own work and keeps thousands of runs within seconds.
    /// </summary>
    private static readonly Lazy<Compilation> ProbeCompilation = new(CreateProbeCompilation);

    /// <summary>The only reference-pack assemblies the probe uses: fewer references make each run's symbol lookups cheaper.</summary>
    private static readonly string[] ProbeReferences = ["System.Runtime", "System.Console", "System.Collections", "System.Linq", "System.Threading"];

    private static DiagnosticAnalyzer[] All => [.. AnalyzerCatalog.All];

    /// <summary>The probe source under the agent files, with <paramref name="activeAgent"/> as KeiAgent.</summary>
    public static Task UnderAgentFilesAsync(string input, IEnumerable<(string Path, string Text, string Kind)> agentFiles, string activeAgent)
    {
        KeiTest test = ProbeTest().WithActiveAgent(activeAgent);
        foreach ((string path, string text, string kind) in agentFiles)
        {
            test.WithAgentFile(Enum.Parse<AgentFileKind>(kind), path, text);
        }

        return RunAsync(input, ProbeCompilation.Value, TestInputs.From(test).WithCompilerErrorsAllowed());
    }

    /// <summary>C# sources (may be incomplete) under the project's own agents.</summary>
    public static Task SourcesAsync(string input, IEnumerable<(string Path, string Text)> sources)
    {
        KeiTest test = LauncherTest.Create(All).WithActiveAgent(ProjectAgentFiles.ActiveAgent);
        foreach ((string path, string text, string kind) in ProjectAgentFiles.All)
        {
            test.WithAgentFile(Enum.Parse<AgentFileKind>(kind), path, text);
        }

        foreach ((string path, string text) in sources)
        {
            test.WithPlainSource(text, path);
        }

        TestInputs inputs = TestInputs.From(test).WithCompilerErrorsAllowed();
        return RunAsync(input, inputs.CreateCompilation(), inputs);
    }

    private static Compilation CreateProbeCompilation()
    {
        TestInputs inputs = TestInputs.From(ProbeTest());
        var references = inputs.References.Where(r => r.Display is not string path || !path.Contains("packs", StringComparison.Ordinal)
            || ProbeReferences.Contains(System.IO.Path.GetFileNameWithoutExtension(path)));
        return inputs.CreateCompilation().WithReferences(references);
    }

    private static KeiTest ProbeTest() => LauncherTest.Create(All).WithPlainSource(LauncherProbeSource.Text, "Probe.cs");

    /// <summary>The harness's runner: it fails the test when an analyzer throws or AD0001/AD0002 is reported.</summary>
    private static async Task RunAsync(string input, Compilation compilation, TestInputs inputs)
    {
        try
        {
            await AnalyzerRunner.RunAsync(compilation, inputs, TestContext.Current.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Assert.Fail("On " + input + ": " + exception.Message);
        }
    }
}
