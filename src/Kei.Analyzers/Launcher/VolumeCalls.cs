using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Recognises volume writes (the runtime's write methods, or any member or local function marked [VolumeWrite]) and
    /// commits, and which volume each one reaches (<see cref="ReceiverPath"/>: <c>other.volume</c> is not <c>volume</c>).
    /// </summary>
    internal sealed class VolumeCalls
    {
        private const string CommitName = "CommitAsync";
        private readonly INamedTypeSymbol volumeType;
        private readonly INamedTypeSymbol? writeAttribute;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> helperWrites = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Func<IMethodSymbol, bool> isHelperWrite;

        public VolumeCalls(INamedTypeSymbol volumeType, INamedTypeSymbol? writeAttribute)
        {
            this.volumeType = volumeType;
            this.writeAttribute = writeAttribute;
            // A local function may reach its volume by capture, so it needs only the mark.
            isHelperWrite = m => (m.MethodKind == MethodKind.LocalFunction || TakesVolume(m)) && IsMarkedWrite(m);
        }

        /// <summary>
        /// True for a call that stages a write. This runs for every call of a compilation, so attributes are read only
        /// for members of Volume, members that take one, and local functions: a write whose volume cannot be named is
        /// not checked anyway.
        /// </summary>
        public bool IsWrite(IMethodSymbol method)
        {
            if (RuntimeTypes.Is(method.ContainingType, volumeType))
            {
                return method.Name == "WriteAsync" || method.Name == "WriteTextAsync" || method.Name == "SaveCheckpointAsync" || IsMarkedWrite(method);
            }

            // Most calls of a compilation go to a few thousand methods (local functions included): the answer is kept per
            // method, so the parameter list (built anew on each access) and the attributes are read once per method, not per call.
            IMethodSymbol declared = (method.ReducedFrom ?? method).OriginalDefinition;
            return helperWrites.GetOrAdd(declared, isHelperWrite);
        }

        /// <summary>True for a member, local function or lambda marked [VolumeWrite] (on either part of a partial method).</summary>
        public bool IsMarkedWrite(IMethodSymbol method)
        {
            IMethodSymbol declared = method.OriginalDefinition;
            return writeAttribute != null
                && (HasMark(declared) || (declared.PartialDefinitionPart is { } definition && HasMark(definition))
                    || (declared.PartialImplementationPart is { } implementation && HasMark(implementation)));
        }

        /// <summary>Adds the write or commit events of a call (none for other calls, or when no volume can be named).</summary>
        public void AddEvents(IInvocationOperation invocation, VolumeBody body, List<VolumeEvent> events)
        {
            IMethodSymbol method = invocation.TargetMethod;
            bool onVolume = RuntimeTypes.Is(method.ContainingType, volumeType);
            bool isCommit = onVolume && method.Name == CommitName;
            if (!isCommit && !IsWrite(method))
            {
                return;
            }

            IOperation? target = onVolume ? invocation.Instance : FirstVolumeArgument(invocation);
            if (target != null)
            {
                AddEvent(invocation, ReceiverPath.Of(target, body.Root, body.ResolveCapture), !isCommit, events);
            }
            else if (method.MethodKind == MethodKind.LocalFunction)
            {
                foreach (ReceiverPath written in MarkedLocalWrites.Of(method, body, this))
                {
                    AddEvent(invocation, written, isWrite: true, events);
                }
            }
        }

        /// <summary>The volume a write helper (an extension, a static or instance helper, a local function) takes.</summary>
        public IOperation? FirstVolumeArgument(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (RuntimeTypes.Is(argument.Parameter?.Type, volumeType))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static void AddEvent(IInvocationOperation invocation, ReceiverPath? volume, bool isWrite, List<VolumeEvent> events)
        {
            if (volume != null)
            {
                events.Add(new VolumeEvent(invocation, volume, isWrite));
            }
        }

        private bool HasMark(IMethodSymbol method)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, writeAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TakesVolume(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (RuntimeTypes.Is(parameter.Type, volumeType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
