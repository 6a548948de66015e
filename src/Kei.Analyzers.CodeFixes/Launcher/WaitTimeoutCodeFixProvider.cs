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
    /// KEI013: passes <c>TimeSpan.FromHours(1)</c> as the timeout — added as the first argument when there is none, or in
    /// place of <c>null</c> / an infinite one. One hour is a starting point the author is expected to adjust. Not offered
    /// when only one alternative of the argument waits forever (<c>configured ?? Timeout.InfiniteTimeSpan</c>): replacing
    /// the argument would drop the others.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WaitTimeoutCodeFixProvider))]
    [Shared]
    public sealed class WaitTimeoutCodeFixProvider : KeiCodeFixProvider
    {
        public WaitTimeoutCodeFixProvider()
            : base(LauncherRuleIds.WaitTimeout)
        {
        }

        protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            InvocationExpressionSyntax? call = root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            context.Diagnostics[0].Properties.TryGetValue(LauncherRuleIds.FixKindProperty, out string? kind);
            if (model is null || call is null || kind == WaitTimeoutAnalyzer.TimeoutAlternative)
            {
                return;
            }

            ArgumentListSyntax fixedArguments = WithTimeout(call.ArgumentList, TimeoutExpression(model, call.SpanStart));
            OfferReplacement(context, "Wait at most one hour", root, call.ArgumentList, fixedArguments);
        }

        /// <summary>
        /// An omitted timeout can only be followed by named arguments (it is the first parameter), so it goes first;
        /// a present one is the first positional argument or the one named <c>timeout:</c>.
        /// </summary>
        private static ArgumentListSyntax WithTimeout(ArgumentListSyntax arguments, ExpressionSyntax timeout)
        {
            foreach (ArgumentSyntax argument in arguments.Arguments)
            {
                bool isTimeout = argument.NameColon is null ? argument == arguments.Arguments[0] : argument.NameColon.Name.Identifier.ValueText == "timeout";
                if (isTimeout)
                {
                    return arguments.ReplaceNode(argument.Expression, timeout.WithTriviaFrom(argument.Expression));
                }
            }

            return arguments.WithArguments(arguments.Arguments.Insert(0, SyntaxFactory.Argument(timeout)));
        }

        private static ExpressionSyntax TimeoutExpression(SemanticModel model, int position)
        {
            bool systemInScope = false;
            foreach (ISymbol symbol in model.LookupNamespacesAndTypes(position, name: "TimeSpan"))
            {
                systemInScope |= symbol.ContainingNamespace?.ToDisplayString() == "System";
            }

            return SyntaxFactory.ParseExpression((systemInScope ? "TimeSpan" : "System.TimeSpan") + ".FromHours(1)");
        }
    }
}
