using System.Composition;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>
    /// KEI003: adds <c>Retries = new Retries(MaxRetries: min_retries)</c>, replaces <c>Retries = null</c> (or the <c>null</c>
    /// arm of a <c>?:</c>) with it, or moves an out-of-range constant to the nearest bound. The numbers come from the
    /// diagnostic (the policy of that file).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetriesCodeFixProvider))]
    [Shared]
    public sealed class RetriesCodeFixProvider : KeiCodeFixProvider
    {
        public RetriesCodeFixProvider()
            : base(LauncherRuleIds.Retries)
        {
        }

        protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            Diagnostic diagnostic = context.Diagnostics[0];
            diagnostic.Properties.TryGetValue(LauncherRuleIds.FixKindProperty, out string? kind);
            diagnostic.Properties.TryGetValue(LauncherRuleIds.ReplacementProperty, out string? count);
            SyntaxNode node = root.FindNode(context.Span, getInnermostNodeForTie: true);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            string typeName = model is null ? "Kei.Runtime.Retries" : RuntimeTypeNames.At(model, context.Span.Start, "Retries");
            SyntaxNode? replacement = count is null || !int.TryParse(count, out int retries) ? null : Rewrite(node, kind, retries, typeName);
            if (replacement != null)
            {
                SyntaxNode target = kind == RetriesAnalyzer.AddRetries ? Creation(node)!.Initializer! : node;
                string title = kind == RetriesAnalyzer.ReplaceConstant ? "Set MaxRetries to " + count : "Set Retries with MaxRetries: " + count;
                OfferReplacement(context, title, root, target, replacement);
            }
        }

        private static SyntaxNode? Rewrite(SyntaxNode node, string? kind, int retries, string typeName)
        {
            switch (kind)
            {
                case RetriesAnalyzer.AddRetries:
                    InitializerExpressionSyntax? initializer = Creation(node)?.Initializer;
                    return initializer is null ? null : InitializerEditor.Append(initializer, RetriesAssignment(retries, typeName));
                case RetriesAnalyzer.ReplaceNull when node is AssignmentExpressionSyntax assignment:
                    return assignment.WithRight(RetriesCreation(retries, typeName).WithTriviaFrom(assignment.Right));
                case RetriesAnalyzer.ReplaceNull when node is ExpressionSyntax alternative:
                    return RetriesCreation(retries, typeName).WithTriviaFrom(alternative);
                case RetriesAnalyzer.ReplaceConstant when node is ExpressionSyntax constant:
                    return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(retries)).WithTriviaFrom(constant);
                default:
                    return null;
            }
        }

        private static BaseObjectCreationExpressionSyntax? Creation(SyntaxNode node) => node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();

        private static ExpressionSyntax RetriesAssignment(int retries, string typeName)
            => SyntaxFactory.ParseExpression("Retries = " + RetriesCreation(retries, typeName).ToString());

        /// <summary><c>new Retries(MaxRetries: n)</c>, qualified when the file has no <c>using Kei.Runtime;</c>.</summary>
        private static ExpressionSyntax RetriesCreation(int retries, string typeName)
            => SyntaxFactory.ParseExpression("new " + typeName + "(MaxRetries: " + retries.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
    }
}
