using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kei.Analyzers.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Runs the generator through <see cref="GeneratorHarness"/> and lists what would hurt a build or the IDE: an exception
/// in the run result, CS8784/CS8785 (the compiler's "generator failed" warnings) and generated code that does not parse.
/// Diagnostics the generator reports on purpose (KEI2xx) are the expected answer to bad input and are not failures.
/// </summary>
internal static class GeneratorFailureCheck
{
    private static readonly Compilation Host = GeneratorHarness.Compilation();

    /// <summary>One run on a fresh driver over <paramref name="files"/>.</summary>
    public static IReadOnlyList<string> FreshRun(IEnumerable<(string Path, string Text, string Kind)> files)
        => Run(new GeneratorHarness(files));

    /// <summary>A run of an existing driver (after <see cref="GeneratorHarness.ReplaceFile"/>): the IDE's incremental path.</summary>
    public static IReadOnlyList<string> Run(GeneratorHarness harness)
    {
        GeneratorDriverRunResult result = harness.Run(Host, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        var failures = new List<string>();
        failures.AddRange(result.Results.Where(r => r.Exception != null).Select(r => "exception: " + r.Exception));
        failures.AddRange(diagnostics.Where(IsGeneratorFailure).Select(d => d.ToString()));
        failures.AddRange(result.Diagnostics.Where(IsGeneratorFailure).Select(d => d.ToString()));
        IEnumerable<SyntaxTree> generated = output.SyntaxTrees.Where(t => !Host.SyntaxTrees.Contains(t));
        failures.AddRange(generated.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => "generated code does not parse: " + d));
        return failures;
    }

    private static bool IsGeneratorFailure(Diagnostic diagnostic) => diagnostic.Id is "CS8784" or "CS8785" or "AD0001";
}
