using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Infrastructure;
using Kei.Analyzers.Tests.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer the assembly ships (found by reflection, so new rules are covered without a change here) with
/// Kei.Runtime referenced, through <see cref="AnalyzerFailures"/>, which fails on any analyzer exception (AD0001 in
/// the compiler). The failure message names the input, so a crash found among thousands of inputs can be reproduced.
/// </summary>
internal static class AnalyzerFailureCheck
{
    /// <summary>
    /// The probe compiled once: runs differ only in their agent files, so sharing the compilation (its reference
    /// symbols and syntax) leaves each run with the analyzers' own work and keeps thousands of runs within seconds.
    /// </summary>
    private static readonly Lazy<Compilation> ProbeCompilation = new(CreateProbeCompilation);

    private static DiagnosticAnalyzer[] All => [.. AnalyzerCatalog.All];

    /// <summary>The probe source under the agent files, with <paramref name="activeAgent"/> as KeiAgent.</summary>
    public static async Task UnderAgentFilesAsync(string input, IEnumerable<(string Path, string Text, string Kind)> agentFiles, string activeAgent)
    {
        KeiTest test = WithAgentFiles(new KeiTest(All), agentFiles).WithActiveAgent(activeAgent);
        Project project = await test.BuildProjectAsync();
        await AnalyzerFailures.RunAsync(ProbeCompilation.Value, test.Analyzers, project.AnalyzerOptions, input);
    }

    /// <summary>C# sources (may be incomplete) under the project's own agents.</summary>
    public static async Task SourcesAsync(string input, IEnumerable<(string Path, string Text)> sources)
    {
        KeiTest test = WithAgentFiles(LauncherTest.Create(All), ProjectAgentFiles.All).WithActiveAgent(ProjectAgentFiles.ActiveAgent);
        foreach ((string path, string text) in sources)
        {
            test.WithPlainSource(text, path);
        }

        Project project = await test.BuildProjectAsync();
        await AnalyzerFailures.RunAsync((await project.GetCompilationAsync(TestContext.Current.CancellationToken))!, test.Analyzers, project.AnalyzerOptions, input);
    }

    private static KeiTest WithAgentFiles(KeiTest test, IEnumerable<(string Path, string Text, string Kind)> agentFiles)
    {
        foreach ((string path, string text, string kind) in agentFiles)
        {
            test.WithAgentFile(Enum.Parse<AgentFileKind>(kind), path, text);
        }

        return test;
    }

    /// <summary>Only the reference assemblies the probe uses: fewer references make each run's symbol lookups cheaper.</summary>
    private static Compilation CreateProbeCompilation()
        => CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(LauncherProbeSource.Text, path: KeiTestState.PathOf("Probe.cs"))],
            [
                .. NetReferences.Only("System.Runtime", "System.Console", "System.Collections", "System.Linq", "System.Threading"),
                NetReferences.Of(typeof(Kei.Runtime.GpuFunction).Assembly),
                NetReferences.Of(typeof(Microsoft.Extensions.Logging.ILogger).Assembly),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
