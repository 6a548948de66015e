using System.Collections.Generic;
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

        private static readonly ImmutableHashSet<SyntaxKind> FunctionKinds = ImmutableHashSet.Create(
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
                start.RegisterSyntaxTreeAction(GeneratedCodeFilter.Skip(tree => AnalyzeTree(tree, policy)));
            });
        }

        /// <summary>
        /// One walk per file instead of a callback per function node: a function is never longer than a node that holds
        /// it, so the walk enters only nodes spanning more lines than the limit, and most of a file is never visited.
        /// </summary>
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, KeiPolicy policy)
        {
            SourceText text = context.Tree.GetText(context.CancellationToken);
            int limit = LineLimits.Get(policy, context.Tree, MaxFunctionLines, RuleDefaults.MaxFunctionLines);
            // Each node is judged once: one that does not span more lines than the limit (or carries [GeneratedCode])
            // is neither reported nor entered.
            var pending = new Stack<SyntaxNode>();
            pending.Push(context.Tree.GetRoot(context.CancellationToken));
            while (pending.Count > 0)
            {
                SyntaxNode node = pending.Pop();
                if (!SpansOver(text, node, limit) || GeneratedCodeAttribute.IsOn(node))
                {
                    continue;
                }

                if (FunctionKinds.Contains(node.Kind()))
                {
                    AnalyzeFunction(context, node, text, limit);
                }

                foreach (SyntaxNode child in node.ChildNodes())
                {
                    pending.Push(child);
                }
            }
        }

        /// <summary>True when the node's span covers more lines than the limit (a span shorter than the limit cannot).</summary>
        private static bool SpansOver(SourceText text, SyntaxNode node, int limit)
            => node.Span.Length >= limit && LineLimits.SpannedLines(text, node.SpanStart, node.Span.End) > limit;

        private static void AnalyzeFunction(SyntaxTreeAnalysisContext context, SyntaxNode node, SourceText text, int limit)
        {
            // Expression-bodied lambdas and properties with accessor lists are not functions of their own here: the
            // accessors are, and a lambda's expression is part of the function that holds it.
            if (!FunctionShape.TryDescribe(node, out FunctionShape shape))
            {
                return;
            }

            int lines = LineLimits.SpannedLines(text, shape.Start, node.Span.End);
            if (lines > 1 && lines > limit)
            {
                context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.FunctionLines, shape.ReportAt.GetLocation(), shape.Description, lines, limit));
            }
        }
    }
}
