using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Adapter
{
    /// <summary>
    /// KEI024: moves a one-string argument line to a list — <c>Arguments = a + " b"</c> in an initializer becomes
    /// <c>ArgumentList = { a, "b" }</c>, the statement <c>psi.Arguments = ...;</c> becomes one <c>psi.ArgumentList.Add</c>
    /// per argument, and <c>Process.Start(file, ...)</c> gets a string array. Offered only where the text splits at
    /// plain spaces (no quotes or escapes); a shell's <c>-c</c> script is never split.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProcessArgumentsCodeFixProvider))]
    [Shared]
    public sealed class ProcessArgumentsCodeFixProvider : KeiCodeFixProvider
    {
        private const string Title = "Pass the arguments through ArgumentList";

        public ProcessArgumentsCodeFixProvider()
            : base(LauncherRuleIds.ProcessArguments)
        {
        }

        protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root)
        {
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax built || model is null)
            {
                return;
            }

            List<ExpressionSyntax>? arguments = Arguments(built, model, context.CancellationToken);
            (SyntaxNode Old, SyntaxNode New)? edit = arguments is null ? null : Rewrite(built, arguments);
            if (edit != null)
            {
                OfferReplacement(context, Title, root, edit.Value.Old, edit.Value.New);
            }
        }

        private static List<ExpressionSyntax>? Arguments(ExpressionSyntax built, SemanticModel model, CancellationToken cancellationToken)
        {
            List<StringPiece>? pieces = StringPieces.Split(built, model, cancellationToken);
            return pieces is null ? null : ArgumentSplitter.Split(pieces);
        }

        private static (SyntaxNode Old, SyntaxNode New)? Rewrite(ExpressionSyntax built, List<ExpressionSyntax> arguments)
        {
            // Only a plain "=" is rewritten: "+=" keeps what the arguments held before, "??=" assigns only when they held nothing.
            switch (built.Parent)
            {
                case AssignmentExpressionSyntax assignment when !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return null;
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } member when member.Right == built:
                    return (member, ArgumentListMember(arguments).WithTriviaFrom(member));
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement, Left: MemberAccessExpressionSyntax access } when statement.Parent is BlockSyntax:
                    return (statement.Parent, AddStatements((BlockSyntax)statement.Parent, statement, access.Expression, arguments));
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start" } } } } argument:
                    return (argument.Expression, StringArray(arguments).WithTriviaFrom(argument.Expression));
                default:
                    return null;
            }
        }

        /// <summary><c>ArgumentList = { a, b }</c>: a collection initializer of the get-only list, inside the object initializer.</summary>
        private static ExpressionSyntax ArgumentListMember(List<ExpressionSyntax> arguments)
        {
            SyntaxToken comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            var list = SyntaxFactory.SeparatedList(arguments, Enumerable.Repeat(comma, arguments.Count - 1));
            InitializerExpressionSyntax initializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.CollectionInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                list,
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            return SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName("ArgumentList").WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                initializer);
        }

        private static ExpressionSyntax StringArray(List<ExpressionSyntax> arguments)
            => SyntaxFactory.ParseExpression("new[] { " + string.Join(", ", arguments.Select(a => a.ToFullString())) + " }");

        /// <summary>One <c>x.ArgumentList.Add(arg);</c> per argument, in place of the statement, with its indentation.</summary>
        private static BlockSyntax AddStatements(BlockSyntax block, ExpressionStatementSyntax statement, ExpressionSyntax startInfo, List<ExpressionSyntax> arguments)
        {
            SyntaxTriviaList leading = statement.GetLeadingTrivia();
            SyntaxTrivia[] whitespace = leading.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToArray();
            SyntaxTriviaList indentation = whitespace.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace[whitespace.Length - 1]);
            SyntaxTrivia newLine = statement.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var adds = new List<StatementSyntax>();
            for (int i = 0; i < arguments.Count; i++)
            {
                StatementSyntax add = SyntaxFactory.ParseStatement(startInfo.WithoutTrivia().ToString() + ".ArgumentList.Add(" + arguments[i].ToFullString() + ");");
                SyntaxTriviaList lineEnd = i == arguments.Count - 1 ? statement.GetTrailingTrivia()
                    : SyntaxFactory.TriviaList(newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.ElasticLineFeed);
                adds.Add(add.WithLeadingTrivia(i == 0 ? leading : indentation).WithTrailingTrivia(lineEnd));
            }

            int index = block.Statements.IndexOf(statement);
            return block.WithStatements(block.Statements.RemoveAt(index).InsertRange(index, adds));
        }
    }
}
