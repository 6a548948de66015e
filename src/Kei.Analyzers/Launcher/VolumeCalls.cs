using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Recognises volume writes (the runtime's write methods, or any member marked [VolumeWrite]) and commits.</summary>
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
            isHelperWrite = m => TakesVolume(m) && IsMarkedWrite(m);
        }

        /// <summary>
        /// True for a call that stages a write. This runs for every call of a compilation, so attributes are read only
        /// for members of Volume or members that take one: a write whose volume cannot be named is not checked anyway.
        /// </summary>
        public bool IsWrite(IMethodSymbol method)
        {
            if (RuntimeTypes.Is(method.ContainingType, volumeType))
            {
                return method.Name == "WriteAsync" || method.Name == "WriteTextAsync" || method.Name == "SaveCheckpointAsync" || IsMarkedWrite(method);
            }

            // Most calls of a compilation go to a few thousand methods: the answer is kept per method, so the
            // parameter list (built anew on each access) and the attributes are read once per method, not per call.
            IMethodSymbol declared = (method.ReducedFrom ?? method).OriginalDefinition;
            return helperWrites.GetOrAdd(declared, isHelperWrite);
        }

        /// <summary>True for a member marked [VolumeWrite] (it stages writes for its caller to commit).</summary>
        public bool IsMarkedWrite(IMethodSymbol method)
        {
            if (writeAttribute is null)
            {
                return false;
            }

            foreach (AttributeData attribute in method.OriginalDefinition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, writeAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The event of a write or a commit on an identifiable volume; null for anything else.</summary>
        public VolumeEvent? Classify(IInvocationOperation invocation, IReadOnlyDictionary<CaptureId, IOperation> captures)
        {
            IMethodSymbol method = invocation.TargetMethod;
            bool isCommit = method.Name == CommitName && RuntimeTypes.Is(method.ContainingType, volumeType);
            if (!isCommit && !IsWrite(method))
            {
                return null;
            }

            IOperation? target = invocation.Instance ?? FirstVolumeArgument(invocation);
            ISymbol? volume = target is null ? null : VolumeSymbol(target, captures);
            return volume is null ? null : new VolumeEvent(invocation, volume, !isCommit);
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

        /// <summary>A [VolumeWrite] extension or static helper takes the volume as an argument.</summary>
        private IOperation? FirstVolumeArgument(IInvocationOperation invocation)
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

        /// <summary>The local, parameter, field or property the volume is reached through (CFG captures resolved).</summary>
        private static ISymbol? VolumeSymbol(IOperation target, IReadOnlyDictionary<CaptureId, IOperation> captures)
        {
            IOperation value = OperationValues.Unwrap(target);
            for (int hops = 0; value is IFlowCaptureReferenceOperation capture && hops < 8; hops++)
            {
                if (!captures.TryGetValue(capture.Id, out IOperation? captured))
                {
                    return null;
                }

                value = OperationValues.Unwrap(captured);
            }

            return value switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
        }
    }
}
