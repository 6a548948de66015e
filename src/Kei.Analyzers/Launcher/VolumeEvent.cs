using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>A staged write to, or a commit of, one volume (the object a <see cref="ReceiverPath"/> reaches) in a basic block.</summary>
    internal sealed class VolumeEvent
    {
        public VolumeEvent(IInvocationOperation invocation, ReceiverPath volume, bool isWrite)
        {
            Invocation = invocation;
            Volume = volume;
            IsWrite = isWrite;
        }

        public IInvocationOperation Invocation { get; }

        public ReceiverPath Volume { get; }

        public bool IsWrite { get; }

        public bool IsCommitOf(ReceiverPath volume) => !IsWrite && Volume.Equals(volume);
    }
}
