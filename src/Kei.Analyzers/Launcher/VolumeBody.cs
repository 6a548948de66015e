using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Where KEI002 reads the volume of a call: the body's own operation tree (where its locals are defined and its
    /// local functions declared), and, for the operations of a control-flow graph, what the graph's captures stand for.
    /// </summary>
    internal sealed class VolumeBody
    {
        private readonly IReadOnlyDictionary<CaptureId, IOperation?>? captures;

        public VolumeBody(IOperation root, IReadOnlyDictionary<CaptureId, IOperation?>? captures = null)
        {
            Root = root;
            this.captures = captures;
            ResolveCapture = Resolve;
        }

        /// <summary>The outermost operation of the member's body, in the original operation tree.</summary>
        public IOperation Root { get; }

        public Func<IOperation, IOperation?> ResolveCapture { get; }

        private IOperation? Resolve(IOperation operation)
            => operation is IFlowCaptureReferenceOperation capture && captures != null && captures.TryGetValue(capture.Id, out IOperation? value) ? value : null;
    }
}
