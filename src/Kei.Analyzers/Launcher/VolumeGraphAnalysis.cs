using System;
using Kei.Analyzers.Design;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI002 over one function's control-flow graph, then over each local function and lambda it holds: each is a
    /// function of its own, whose exit is its own return (a lambda's commit does not cover its caller, nor the reverse).
    /// A local function or lambda marked [VolumeWrite] stages writes for its caller: its own writes are not checked.
    /// </summary>
    internal sealed class VolumeGraphAnalysis
    {
        private const int MaxNesting = 32;
        private readonly VolumeCalls calls;
        private readonly Action<Diagnostic> report;
        private readonly DiagnosticDescriptor rule;
        private readonly IOperation root;

        /// <param name="root">The original operation tree of the member's body (where its locals are defined).</param>
        public VolumeGraphAnalysis(VolumeCalls calls, DiagnosticDescriptor rule, Action<Diagnostic> report, IOperation root)
        {
            this.calls = calls;
            this.rule = rule;
            this.report = report;
            this.root = root;
        }

        /// <param name="functionName">How the message names the function: <c>'Save'</c>, <c>lambda in 'Save'</c>.</param>
        public void Analyze(ControlFlowGraph graph, string functionName, bool stagesWrites = false, int depth = 0)
        {
            VolumeGraphEvents events = VolumeGraphEvents.Collect(graph, calls, root);
            if (events.HasWrites && !stagesWrites)
            {
                ReportEscapingWrites(graph, events, functionName);
            }

            if (depth >= MaxNesting)
            {
                return;
            }

            foreach (IMethodSymbol local in graph.LocalFunctions)
            {
                Analyze(graph.GetLocalFunctionControlFlowGraph(local), "'" + local.Name + "'", calls.IsMarkedWrite(local), depth + 1);
            }

            foreach (IFlowAnonymousFunctionOperation lambda in events.AnonymousFunctions)
            {
                string name = FunctionNames.WithContainer(LambdaKind(lambda), lambda.Syntax);
                Analyze(graph.GetAnonymousFunctionControlFlowGraph(lambda), name, calls.IsMarkedWrite(lambda.Symbol), depth + 1);
            }
        }

        /// <summary>"lambda" or "anonymous method", as KEI101 names them (there at the start of a sentence).</summary>
        private static string LambdaKind(IFlowAnonymousFunctionOperation lambda)
            => lambda.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousMethodExpressionSyntax ? "anonymous method" : "lambda";

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
                        report(Diagnostic.Create(rule, location, write.Invocation.TargetMethod.Name, write.Volume.Display, functionName));
                    }
                }
            }
        }
    }
}
