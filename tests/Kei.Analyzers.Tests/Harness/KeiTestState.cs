using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// Turns a <see cref="KeiTest"/> into the testing packages' <see cref="SolutionState"/>: files under the framework's
/// project folder <c>/0/</c>, agent-file metadata and per-file keys in one <c>.editorconfig</c> (specific sections after
/// <c>[*]</c>, so they win), global options in one <c>.globalconfig</c>, and the compilation settings the tests assume
/// (nullable enabled, the requested language version) applied by a solution transform.
/// </summary>
internal static class KeiTestState
{
    /// <summary>The framework's folder for the primary project: the default sources are <c>/0/Test0.cs</c>.</summary>
    public const string ProjectFolder = "/0/";

    /// <summary>net10.0 with no package to restore: the assemblies come from <see cref="NetReferences"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>A test path as the framework's documents carry it (absolute, so analyzer config sections match it).</summary>
    public static string PathOf(string path) => path.StartsWith('/') ? path : ProjectFolder + path;

    /// <summary>A framework document path made test-relative again (for messages and comparisons).</summary>
    public static string RelativePath(string path) => path.StartsWith(ProjectFolder, StringComparison.Ordinal) ? path[ProjectFolder.Length..] : path;

    public static void Apply(KeiTest keiTest, AnalyzerTest<DefaultVerifier> test, bool forVerification)
    {
        SolutionState state = test.TestState;
        foreach ((string path, string markup) in keiTest.Sources)
        {
            state.Sources.Add((PathOf(path), markup));
        }

        foreach ((string path, string text) in keiTest.AdditionalFiles)
        {
            state.AdditionalFiles.Add((PathOf(path), text));
        }

        foreach ((string path, string text) in AnalyzerConfigFiles(keiTest))
        {
            state.AnalyzerConfigFiles.Add((path, text));
        }

        state.AdditionalReferences.AddRange(NetReferences.All);
        state.AdditionalReferences.AddRange(keiTest.References);
        state.OutputKind = keiTest.OutputKind;
        state.MarkupHandling = Markup(keiTest, forVerification);
        state.ExpectedDiagnostics.AddRange(keiTest.ExpectedDiagnostics);
        test.ReferenceAssemblies = ReferenceAssemblies;
        test.CompilerDiagnostics = keiTest.AllowCompilerErrors ? CompilerDiagnostics.None : CompilerDiagnostics.Errors;
        LanguageVersion languageVersion = keiTest.LanguageVersion;
        test.SolutionTransforms.Add((solution, id) => WithTestOptions(solution, id, languageVersion));
    }

    /// <summary>The descriptor of <c>[|...|]</c>: the test's own choice, else the only id the analyzers support.</summary>
    public static DiagnosticDescriptor? DefaultDiagnostic(KeiTest keiTest, DiagnosticAnalyzer[] analyzers)
    {
        DiagnosticDescriptor[] supported = analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToArray();
        return keiTest.DefaultDiagnosticId != null
            ? supported.FirstOrDefault(d => d.Id == keiTest.DefaultDiagnosticId) ?? KeiDescriptors.Create(keiTest.DefaultDiagnosticId)
            : supported.Length == 1 ? supported[0] : null;
    }

    private static Solution WithTestOptions(Solution solution, ProjectId id, LanguageVersion languageVersion)
    {
        Project project = solution.GetProject(id)!;
        var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(languageVersion);
        var compilation = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
        return solution.WithProjectParseOptions(id, parse).WithProjectCompilationOptions(id, compilation);
    }

    /// <summary>
    /// Plain sources must reach the compiler unchanged: alone they switch markup off; beside markup sources they must
    /// not contain anything the markup parser would take. A run that only checks for crashes ignores the markup.
    /// </summary>
    private static MarkupMode Markup(KeiTest keiTest, bool forVerification)
    {
        if (keiTest.Sources.Count > 0 && keiTest.Sources.All(s => keiTest.PlainSourcePaths.Contains(s.Path)))
        {
            return MarkupMode.None;
        }

        string? clash = keiTest.Sources.FirstOrDefault(s => keiTest.PlainSourcePaths.Contains(s.Path) && LooksLikeMarkup(s.Markup)).Path;
        if (clash != null)
        {
            throw new InvalidOperationException("Plain source '" + clash + "' contains markup-like text beside markup sources; test it on its own.");
        }

        return forVerification ? MarkupMode.Allow : MarkupMode.Ignore;
    }

    private static bool LooksLikeMarkup(string text)
        => text.Contains("[|", StringComparison.Ordinal) || text.Contains("|]", StringComparison.Ordinal)
            || text.Contains("{|", StringComparison.Ordinal) || text.Contains("|}", StringComparison.Ordinal);

    private static IEnumerable<(string, string)> AnalyzerConfigFiles(KeiTest keiTest)
    {
        if (keiTest.EditorConfig.Count > 0 || keiTest.OptionsByPath.Count > 0)
        {
            var text = new StringBuilder("root = true\n");
            AppendSection(text, "*", keiTest.EditorConfig);
            foreach ((string path, Dictionary<string, string> keys) in keiTest.OptionsByPath)
            {
                AppendSection(text, PathOf(path), keys);
            }

            yield return ("/.editorconfig", text.ToString());
        }

        if (keiTest.GlobalOptions.Count > 0)
        {
            yield return ("/.globalconfig", "is_global = true\n" + string.Concat(keiTest.GlobalOptions.Select(p => p.Key + " = " + p.Value + "\n")));
        }
    }

    private static void AppendSection(StringBuilder text, string glob, Dictionary<string, string> keys)
    {
        if (keys.Count > 0)
        {
            text.Append("\n[").Append(glob).Append("]\n");
            foreach ((string key, string value) in keys)
            {
                text.Append(key).Append(" = ").Append(value).Append('\n');
            }
        }
    }
}
