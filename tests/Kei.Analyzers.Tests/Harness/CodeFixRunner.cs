using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>Applies code fixes on an <see cref="AdhocWorkspace"/> and compares the result with the expected sources.</summary>
internal sealed class CodeFixRunner(TestInputs inputs, CodeFixProvider provider)
{
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    public async Task VerifyIterativeAsync(string[] fixedSources)
    {
        using var workspace = new AdhocWorkspace();
        Solution solution = inputs.CreateSolution(workspace);
        ImmutableArray<Diagnostic> initial = await VerifyInitialDiagnosticsAsync(solution);

        // Each round fixes one diagnostic and re-analyzes, as a user applying the light bulb would; the bound stops a
        // fix that keeps producing new diagnostics.
        for (int round = 0; round <= initial.Length; round++)
        {
            Solution? next = await ApplyFirstFixAsync(solution);
            if (next == null)
            {
                break;
            }

            solution = next;
        }

        await VerifyFixedStateAsync(solution, fixedSources);
    }

    public async Task VerifyFixAllAsync(FixAllScope scope, string[] fixedSources)
    {
        using var workspace = new AdhocWorkspace();
        Solution solution = inputs.CreateSolution(workspace);
        ImmutableArray<Diagnostic> diagnostics = await VerifyInitialDiagnosticsAsync(solution);
        FixAllProvider fixAll = provider.GetFixAllProvider() ?? throw new InvalidOperationException(provider.GetType().Name + " has no FixAllProvider.");
        (Diagnostic first, CodeAction action) = await FirstFixAsync(solution, diagnostics)
            ?? throw new InvalidOperationException("No diagnostic of the test has a code fix.");
        Document document = solution.GetDocument(first.Location.SourceTree)!;
        var diagnosticProvider = new TestDiagnosticProvider(this);
        var context = new FixAllContext(document, provider, scope, action.EquivalenceKey, provider.FixableDiagnosticIds, diagnosticProvider, cancellationToken);
        CodeAction fixAllAction = await fixAll.GetFixAsync(context) ?? throw new InvalidOperationException("The FixAllProvider returned no action for " + scope + ".");
        await VerifyFixedStateAsync(await ApplyAsync(fixAllAction), fixedSources);
    }

    /// <summary>The fixable diagnostics of a project's current state (used by Fix All's diagnostic provider too).</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        ImmutableArray<Diagnostic> all = await AnalyzerRunner.RunAsync(compilation, Relaxed(), cancellationToken);
        return all.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
    }

    private async Task<ImmutableArray<Diagnostic>> VerifyInitialDiagnosticsAsync(Solution solution)
    {
        Project project = solution.Projects.Single();
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        ImmutableArray<Diagnostic> actual = await AnalyzerRunner.RunAsync(compilation, inputs, cancellationToken);
        DiagnosticDiff.AssertSame(inputs.ExpectedDiagnostics(), actual, compilation);
        return actual.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
    }

    private async Task<Solution?> ApplyFirstFixAsync(Solution solution)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(solution.Projects.Single());
        (Diagnostic Diagnostic, CodeAction Action)? fix = await FirstFixAsync(solution, diagnostics);
        return fix == null ? null : await ApplyAsync(fix.Value.Action);
    }

    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FirstFixAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            Document document = solution.GetDocument(diagnostic.Location.SourceTree) ?? throw new InvalidOperationException("Diagnostic outside the documents: " + diagnostic);
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await provider.RegisterCodeFixesAsync(context);
            if (actions.Count > 0)
            {
                return (diagnostic, actions[0]);
            }
        }

        return null;
    }

    private async Task<Solution> ApplyAsync(CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private async Task VerifyFixedStateAsync(Solution solution, string[] fixedSources)
    {
        if (fixedSources.Length != inputs.Sources.Length)
        {
            throw new ArgumentException($"Expected {inputs.Sources.Length} fixed sources (one per source), got {fixedSources.Length}.");
        }

        var expected = inputs.Sources.Select((s, i) => (s.Path, Markup: TestMarkup.Parse(fixedSources[i]))).ToList();
        foreach ((string path, TestMarkup markup) in expected)
        {
            Document document = solution.Projects.Single().Documents.Single(d => d.FilePath == path);
            SourceText text = await document.GetTextAsync(cancellationToken);
            Assert.Equal(markup.Text.ReplaceLineEndings("\n"), text.ToString().ReplaceLineEndings("\n"));
        }

        Compilation compilation = (await solution.Projects.Single().GetCompilationAsync(cancellationToken))!;
        ImmutableArray<Diagnostic> remaining = await AnalyzerRunner.RunAsync(compilation, Relaxed(), cancellationToken);
        DiagnosticDiff.AssertSame(inputs.Expected(expected), remaining, compilation);
    }

    /// <summary>Intermediate states may not compile (a fix half-way through several edits); the initial state is strict.</summary>
    private TestInputs Relaxed() => inputs.WithCompilerErrorsAllowed();
}
