using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI002 over one function's control-flow graph, then over each local function and lambda it holds: each is a
    /// function of its own, whose exit is its own return (a lambda's commit does not cover its caller, nor the reverse).
    /// </summary>
    internal sealed class VolumeGraphAnalysis
    {
        private const int MaxNesting = 32;
        private readonly VolumeCalls calls;
        private readonly Action<Diagnostic> report;
        private readonly DiagnosticDescriptor rule;

        public VolumeGraphAnalysis(VolumeCalls calls, DiagnosticDescriptor rule, Action<Diagnostic> report)
        {
            this.calls = calls;
            this.rule = rule;
            this.report = report;
        }

        public void Analyze(ControlFlowGraph graph, string functionName, int depth = 0)
        {
            VolumeGraphEvents events = VolumeGraphEvents.Collect(graph, calls);
            if (events.HasWrites)
            {
                ReportEscapingWrites(graph, events, functionName);
            }

            if (depth >= MaxNesting)
            {
                return;
            }

            foreach (IMethodSymbol local in graph.LocalFunctions)
            {
                Analyze(graph.GetLocalFunctionControlFlowGraph(local), local.Name, depth + 1);
            }

            foreach (IFlowAnonymousFunctionOperation lambda in events.AnonymousFunctions)
            {
                Analyze(graph.GetAnonymousFunctionControlFlowGraph(lambda), "lambda", depth + 1);
            }
        }

        private void ReportEscapingWrites(ControlFlowGraph graph, VolumeGraphEvents events, string functionName)
        {
            var search = new UncommittedPathSearch(graph, events);
            foreach (BasicBlock block in graph.Blocks)
            {
                var list = events.In(block);
                for (int i = 0; i < list.Count; i++)
                {
                    VolumeEvent write = list[i];
                    if (write.IsWrite && search.EscapesFrom(block, i, write.Volume))
                    {
                        Location location = SyntaxLocations.WholeCall(write.Invocation.Syntax);
                        report(Diagnostic.Create(rule, location, write.Invocation.TargetMethod.Name, write.Volume.Name, functionName));
                    }
                }
            }
        }
    }
}
