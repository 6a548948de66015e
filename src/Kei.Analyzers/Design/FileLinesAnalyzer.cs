using System.Collections.Immutable;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// KEI100: a file longer than <c>max_file_lines</c>. Lines are counted as <c>wc -l</c> counts them (the number of
    /// '\n' characters), so the number agrees with what an agent measures in a shell.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FileLinesAnalyzer : DiagnosticAnalyzer
    {
        public const string MaxFileLines = "max_file_lines";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KeiDescriptors.FileLines);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                KeiPolicy policy = KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken);
                start.RegisterSyntaxTreeAction(GeneratedCodeFilter.Skip(tree => AnalyzeTree(tree, policy)));
            });
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, KeiPolicy policy)
        {
            SourceText text = context.Tree.GetText(context.CancellationToken);
            int limit = LineLimits.Get(policy, context.Tree, MaxFileLines, RuleDefaults.MaxFileLines);

            // Every '\n' ends a line of the compiler's line table, so when that table is within the limit the exact
            // count is too, and the character scan is skipped for almost every file.
            if (text.Lines.Count - 1 <= limit)
            {
                return;
            }

            int lines = LineLimits.CountNewLines(text);
            if (lines > limit)
            {
                // At the first token, after the leading comments and directives: a '#pragma warning disable KEI100' at
                // the top of the file (what "Suppress in source" writes) precedes it and so suppresses it.
                int firstToken = context.Tree.GetRoot(context.CancellationToken).GetFirstToken(includeZeroWidth: true).SpanStart;
                Location start = Location.Create(context.Tree, new TextSpan(firstToken, 0));
                context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.FileLines, start, lines, limit));
            }
        }
    }
}
