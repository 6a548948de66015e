using System.Collections.Generic;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI002's shortcut before the control-flow graph, which is the costly part of the rule. A write is committed on
    /// every normal path when a later statement of a block that holds it commits the same volume and nothing from
    /// the write's statement up to that commit can leave the block on a normal path: no return, yield break or goto,
    /// and no break or continue aimed at a loop outside. (Throwing paths are not normal paths, as in the graph.)
    /// Whatever the shortcut cannot prove goes to the graph, so it can only skip work, never a diagnostic.
    /// </summary>
    internal static class CommitFollowsInBlock
    {
        public static bool Covers(IInvocationOperation invocation, VolumeCalls calls)
        {
            var body = new VolumeBody(Operand.Root(invocation));
            var events = new List<VolumeEvent>(1);
            calls.AddEvents(invocation, body, events);
            if (events.Count != 1 || !events[0].IsWrite)
            {
                return false;
            }

            VolumeEvent write = events[0];

            // Up the operation tree (no semantic model lookups): each block holding the write, innermost first.
            IOperation child = invocation;
            for (IOperation? parent = invocation.Parent; parent != null && !IsFunctionBoundary(parent); child = parent, parent = parent.Parent)
            {
                if (parent is IBlockOperation block)
                {
                    int from = block.Operations.IndexOf(child);
                    int commit = from < 0 ? -1 : IndexOfCommit(block.Operations, from, write.Volume, calls, body);
                    if (commit > from)
                    {
                        return !CanLeave(block.Operations, from, commit);
                    }
                }
            }

            return false;
        }

        private static bool IsFunctionBoundary(IOperation operation)
            => operation is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation;

        private static bool IsFunctionBoundary(SyntaxNode node)
            => node is MemberDeclarationSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        /// <summary>The first statement after <paramref name="from"/> that is a bare call committing the volume; -1 if none.</summary>
        private static int IndexOfCommit(ImmutableArray<IOperation> statements, int from, ReceiverPath volume, VolumeCalls calls, VolumeBody body)
        {
            var events = new List<VolumeEvent>(1);
            for (int i = from + 1; i < statements.Length; i++)
            {
                events.Clear();
                if (statements[i] is IExpressionStatementOperation { Operation: var expression } && CommitCall(expression) is { } call)
                {
                    calls.AddEvents(call, body, events);
                    if (events.Count == 1 && events[0].IsCommitOf(volume))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        /// <summary><c>v.CommitAsync(...)</c>, awaited or not, with or without <c>.ConfigureAwait(...)</c>; null otherwise.</summary>
        private static IInvocationOperation? CommitCall(IOperation expression)
        {
            if (expression is IAwaitOperation awaited)
            {
                expression = awaited.Operation;
            }

            if (expression is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
            {
                expression = configured;
            }

            return expression is IInvocationOperation { TargetMethod.Name: "CommitAsync" } call ? call : null;
        }

        /// <summary>True when a statement in [from, to) holds a jump that can leave the range on a normal path.</summary>
        private static bool CanLeave(ImmutableArray<IOperation> statements, int from, int to)
        {
            TextSpan range = TextSpan.FromBounds(statements[from].Syntax.SpanStart, statements[to - 1].Syntax.Span.End);
            for (int i = from; i < to; i++)
            {
                // Jumps are statements, and an expression holds statements only inside a lambda, whose jumps leave the
                // lambda, not this function (so do a local function's): neither expressions nor local functions are entered.
                foreach (SyntaxNode node in statements[i].Syntax.DescendantNodesAndSelf(n => !(n is ExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    if (LeavesRange(node, range))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool LeavesRange(SyntaxNode node, TextSpan range)
        {
            switch (node.Kind())
            {
                case SyntaxKind.ReturnStatement:
                case SyntaxKind.YieldBreakStatement:
                case SyntaxKind.GotoStatement:
                case SyntaxKind.GotoCaseStatement:
                case SyntaxKind.GotoDefaultStatement:
                    return true;
                case SyntaxKind.BreakStatement:
                case SyntaxKind.ContinueStatement:
                    SyntaxNode? target = JumpTarget(node);
                    return target is null || !range.Contains(target.Span);
                default:
                    return false;
            }
        }

        /// <summary>The loop (or, for break, the switch) a break or continue jumps out of; null if there is none.</summary>
        private static SyntaxNode? JumpTarget(SyntaxNode jump)
        {
            bool isBreak = jump.IsKind(SyntaxKind.BreakStatement);
            for (SyntaxNode? node = jump.Parent; node != null && !IsFunctionBoundary(node); node = node.Parent)
            {
                if (node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    || (isBreak && node is SwitchStatementSyntax))
                {
                    return node;
                }
            }

            return null;
        }
    }
}
