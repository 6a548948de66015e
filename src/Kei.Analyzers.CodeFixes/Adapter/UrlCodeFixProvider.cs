using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Adapter
{
    /// <summary>
    /// KEI022: where the built URL starts with a <c>Uri</c> (<c>baseUri + "jobs/" + id</c>, <c>$"{baseUri}jobs/{id}"</c>),
    /// passes <c>new Uri(baseUri, "jobs/" + id)</c> instead — replacing <c>new Uri(string)</c> itself, or the argument of
    /// an HttpClient method or HttpRequestMessage (each has a Uri overload). A base held as a string is left alone:
    /// turning it into a Uri is a decision about its trailing slash that the author has to make.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UrlCodeFixProvider))]
    [Shared]
    public sealed class UrlCodeFixProvider : KeiCodeFixProvider
    {
        private const string Title = "Combine the base Uri with the relative part";

        public UrlCodeFixProvider()
            : base(LauncherRuleIds.UrlConcatenation)
        {
        }

        protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax built || model is null || built.Parent is not ArgumentSyntax argument)
            {
                return;
            }

            List<StringPiece>? pieces = StringPieces.Split(built, model, context.CancellationToken);
            if (pieces is null || pieces.Count < 2 || pieces[0].Expression is null || !IsUri(model.GetTypeInfo(pieces[0].Expression!, context.CancellationToken).Type))
            {
                return;
            }

            string uri = model.LookupNamespacesAndTypes(built.SpanStart, name: "Uri").Any(s => s.ContainingNamespace?.ToDisplayString() == "System") ? "Uri" : "System.Uri";
            string relative = Relative(pieces.Skip(1).ToList(), built is BinaryExpressionSyntax);
            ExpressionSyntax combined = SyntaxFactory.ParseExpression("new " + uri + "(" + pieces[0].Expression!.WithoutTrivia().ToString() + ", " + relative + ")");
            SyntaxNode target = argument.Parent?.Parent is ObjectCreationExpressionSyntax creation && IsUri(model.GetTypeInfo(creation, context.CancellationToken).Type) ? creation : built;
            OfferReplacement(context, Title, root, target, combined.WithTriviaFrom(target));
        }

        /// <summary>
        /// The relative part in the form the author wrote: a concatenation stays one (when it starts with a string, so
        /// <c>+</c> still concatenates), an interpolation stays one; a single piece is written as it is.
        /// </summary>
        private static string Relative(List<StringPiece> rest, bool concatenated)
        {
            if (concatenated && rest[0].IsString)
            {
                return string.Join(" + ", rest.Select(p => p.Text != null ? SyntaxFactory.Literal(p.Text).ToString() : p.Expression!.WithoutTrivia().ToString()));
            }

            if (rest.Count == 1 && rest[0].Text != null)
            {
                return SyntaxFactory.Literal(rest[0].Text!).ToString();
            }

            if (rest.Count == 1 && rest[0].IsString)
            {
                return rest[0].Expression!.WithoutTrivia().ToString();
            }

            var text = new System.Text.StringBuilder("$\"");
            foreach (StringPiece piece in rest)
            {
                text.Append(piece.Text != null ? Escape(piece.Text) : "{" + piece.Expression!.WithoutTrivia().ToString() + "}");
            }

            return text.Append('"').ToString();
        }

        /// <summary>Text as it is written inside <c>$"..."</c>: the literal's escapes, with braces doubled.</summary>
        private static string Escape(string text)
        {
            string literal = SyntaxFactory.Literal(text).ToString();
            return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
        }

        private static bool IsUri(ITypeSymbol? type) => type?.Name == "Uri" && type.ContainingNamespace?.ToDisplayString() == "System";
    }
}
