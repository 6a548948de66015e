using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Searches a control-flow graph for a normal path from a write to the function's exit that passes no commit of
    /// the same volume. Exceptional paths (throw, catch) are not normal paths; a branch that leaves a try region runs
    /// its finally blocks on the way, so a finally that commits on all of its paths counts as a commit.
    /// </summary>
    internal sealed class UncommittedPathSearch
    {
        private readonly ControlFlowGraph graph;
        private readonly VolumeGraphEvents events;

        public UncommittedPathSearch(ControlFlowGraph graph, VolumeGraphEvents events)
        {
            this.graph = graph;
            this.events = events;
        }

        /// <summary>True when some normal path from event <paramref name="eventIndex"/> of the block reaches the exit uncommitted.</summary>
        public bool EscapesFrom(BasicBlock block, int eventIndex, ReceiverPath volume)
        {
            if (events.CommitsAfter(block, eventIndex, volume))
            {
                return false;
            }

            return Reaches(block, volume, toEndOfFinally: false);
        }

        /// <summary>
        /// Depth-first over the successors of <paramref name="start"/> (its own events already judged). The goal is the
        /// exit block, or, inside a finally region, the end of that region.
        /// </summary>
        private bool Reaches(BasicBlock start, ReceiverPath volume, bool toEndOfFinally)
        {
            var visited = new HashSet<int> { start.Ordinal };
            var pending = new Stack<BasicBlock>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                BasicBlock block = pending.Pop();
                foreach (ControlFlowBranch? branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    BranchOutcome outcome = Follow(branch, volume, toEndOfFinally);
                    if (outcome == BranchOutcome.ReachesGoal)
                    {
                        return true;
                    }

                    BasicBlock? next = branch?.Destination;
                    if (outcome == BranchOutcome.Continues && next != null && visited.Add(next.Ordinal) && !CommitsAnywhere(next, volume))
                    {
                        pending.Push(next);
                    }
                }
            }

            return false;
        }

        private BranchOutcome Follow(ControlFlowBranch? branch, ReceiverPath volume, bool toEndOfFinally)
        {
            if (branch is null)
            {
                return BranchOutcome.Stops;
            }

            foreach (ControlFlowRegion finallyRegion in branch.FinallyRegions)
            {
                if (FinallyCommits(finallyRegion, volume))
                {
                    return BranchOutcome.Stops;
                }
            }

            if (branch.Destination is null)
            {
                // The end of a finally region: the goal of a finally search; elsewhere throw/rethrow (not normal paths).
                return toEndOfFinally && branch.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling
                    ? BranchOutcome.ReachesGoal
                    : BranchOutcome.Stops;
            }

            return branch.Destination.Kind == BasicBlockKind.Exit && !toEndOfFinally ? BranchOutcome.ReachesGoal : BranchOutcome.Continues;
        }

        /// <summary>True when every normal path through the finally region commits the volume.</summary>
        private bool FinallyCommits(ControlFlowRegion region, ReceiverPath volume)
        {
            if (region.Kind != ControlFlowRegionKind.Finally)
            {
                return false;
            }

            BasicBlock first = graph.Blocks[region.FirstBlockOrdinal];
            return CommitsAnywhere(first, volume) || !Reaches(first, volume, toEndOfFinally: true);
        }

        private bool CommitsAnywhere(BasicBlock block, ReceiverPath volume) => events.CommitsAfter(block, -1, volume);

        private enum BranchOutcome
        {
            Continues,
            Stops,
            ReachesGoal,
        }
    }
}
