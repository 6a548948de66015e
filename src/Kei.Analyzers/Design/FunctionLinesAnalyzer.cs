using System.Collections.Immutable;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// KEI101: a function longer than <c>max_function_lines</c>, counted from the first line of its declaration
    /// (attributes excluded, so annotating a method never pushes it over) through its last line.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FunctionLinesAnalyzer : DiagnosticAnalyzer
    {
        public const string MaxFunctionLines = "max_function_lines";

        private static readonly ImmutableArray<SyntaxKind> FunctionKinds = ImmutableArray.Create(
            SyntaxKind.MethodDeclaration,
            SyntaxKind.ConstructorDeclaration,
            SyntaxKind.DestructorDeclaration,
            SyntaxKind.OperatorDeclaration,
            SyntaxKind.ConversionOperatorDeclaration,
            SyntaxKind.GetAccessorDeclaration,
            SyntaxKind.SetAccessorDeclaration,
            SyntaxKind.InitAccessorDeclaration,
            SyntaxKind.AddAccessorDeclaration,
            SyntaxKind.RemoveAccessorDeclaration,
            SyntaxKind.PropertyDeclaration,
            SyntaxKind.IndexerDeclaration,
            SyntaxKind.LocalFunctionStatement,
            SyntaxKind.ParenthesizedLambdaExpression,
            SyntaxKind.SimpleLambdaExpression,
            SyntaxKind.AnonymousMethodExpression);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KeiDescriptors.FunctionLines);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                KeiPolicy policy = KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken);
                start.RegisterSyntaxNodeAction(GeneratedCodeFilter.Skip(node => AnalyzeFunction(node, policy)), FunctionKinds);
            });
        }

        private static void AnalyzeFunction(SyntaxNodeAnalysisContext context, KeiPolicy policy)
        {
            // Most functions are within the limit: the node's own span (attributes included) bounds the count from
            // above, so they leave before the shape (and its message text) is built.
            SourceText text = context.Node.SyntaxTree.GetText(context.CancellationToken);
            int upperBound = LineLimits.SpannedLines(text, context.Node.SpanStart, context.Node.Span.End);
            int limit = upperBound <= 1 ? 1 : LineLimits.Get(policy, context.Node.SyntaxTree, MaxFunctionLines, RuleDefaults.MaxFunctionLines);
            if (upperBound <= limit)
            {
                return;
            }

            // Expression-bodied lambdas and properties with accessor lists are not functions of their own here: the
            // accessors are, and a lambda's expression is part of the function that holds it.
            if (!FunctionShape.TryDescribe(context.Node, out FunctionShape shape))
            {
                return;
            }

            int lines = LineLimits.SpannedLines(text, shape.Start, context.Node.Span.End);
            if (lines > 1 && lines > limit)
            {
                context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.FunctionLines, shape.ReportAt.GetLocation(), shape.Description, lines, limit));
            }
        }
    }
}
