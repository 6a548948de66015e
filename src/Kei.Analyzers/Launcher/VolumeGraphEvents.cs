using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The volume writes and commits of one control-flow graph, per basic block in evaluation order, plus the
    /// anonymous functions found on the way (each is analysed as a function of its own).
    /// </summary>
    internal sealed class VolumeGraphEvents
    {
        private static readonly List<VolumeEvent> None = new List<VolumeEvent>();
        private readonly Dictionary<int, List<VolumeEvent>> byBlock = new Dictionary<int, List<VolumeEvent>>();

        private VolumeGraphEvents()
        {
        }

        public List<IFlowAnonymousFunctionOperation> AnonymousFunctions { get; } = new List<IFlowAnonymousFunctionOperation>();

        public bool HasWrites { get; private set; }

        /// <summary>The events of <paramref name="graph"/>, a graph of (or inside) the body whose original tree is <paramref name="root"/>.</summary>
        public static VolumeGraphEvents Collect(ControlFlowGraph graph, VolumeCalls calls, IOperation root)
        {
            var events = new VolumeGraphEvents();
            var body = new VolumeBody(root, CollectCaptures(graph));
            foreach (BasicBlock block in graph.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    events.Scan(block.Ordinal, operation, calls, body);
                }

                if (block.BranchValue != null)
                {
                    events.Scan(block.Ordinal, block.BranchValue, calls, body);
                }
            }

            return events;
        }

        public List<VolumeEvent> In(BasicBlock block) => byBlock.TryGetValue(block.Ordinal, out List<VolumeEvent>? list) ? list : None;

        /// <summary>True when the block commits <paramref name="volume"/> after its event number <paramref name="after"/>.</summary>
        public bool CommitsAfter(BasicBlock block, int after, ReceiverPath volume)
        {
            List<VolumeEvent> list = In(block);
            for (int i = after + 1; i < list.Count; i++)
            {
                if (list[i].IsCommitOf(volume))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What each capture stands for. A capture given a value in two places (<c>fast ? a : b</c>, <c>a ?? b</c>) stands
        /// for either: it maps to nothing, so a volume chosen at run time is no volume the rule can name.
        /// </summary>
        private static Dictionary<CaptureId, IOperation?> CollectCaptures(ControlFlowGraph graph)
        {
            var captures = new Dictionary<CaptureId, IOperation?>();
            foreach (BasicBlock block in graph.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    if (operation is IFlowCaptureOperation capture)
                    {
                        captures[capture.Id] = captures.ContainsKey(capture.Id) ? null : capture.Value;
                    }
                }
            }

            return captures;
        }

        private void Scan(int ordinal, IOperation root, VolumeCalls calls, VolumeBody body)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                if (operation is IFlowAnonymousFunctionOperation lambda)
                {
                    AnonymousFunctions.Add(lambda);
                }
                else if (operation is IInvocationOperation invocation)
                {
                    Add(ordinal, invocation, calls, body);
                }
            }
        }

        private void Add(int ordinal, IInvocationOperation invocation, VolumeCalls calls, VolumeBody body)
        {
            if (!byBlock.TryGetValue(ordinal, out List<VolumeEvent>? list))
            {
                list = new List<VolumeEvent>();
            }

            int before = list.Count;
            calls.AddEvents(invocation, body, list);
            for (int i = before; i < list.Count; i++)
            {
                HasWrites |= list[i].IsWrite;
            }

            if (list.Count > 0 && !byBlock.ContainsKey(ordinal))
            {
                byBlock.Add(ordinal, list);
            }
        }
    }
}
