using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>A staged write to, or a commit of, one volume (a local, parameter, field or property) in a basic block.</summary>
    internal sealed class VolumeEvent
    {
        public VolumeEvent(IInvocationOperation invocation, ISymbol volume, bool isWrite)
        {
            Invocation = invocation;
            Volume = volume;
            IsWrite = isWrite;
        }

        public IInvocationOperation Invocation { get; }

        public ISymbol Volume { get; }

        public bool IsWrite { get; }

        public bool IsCommitOf(ISymbol volume) => !IsWrite && SymbolEqualityComparer.Default.Equals(Volume, volume);
    }
}
