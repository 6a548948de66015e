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

        public VolumeCalls(INamedTypeSymbol volumeType, INamedTypeSymbol? writeAttribute)
        {
            this.volumeType = volumeType;
            this.writeAttribute = writeAttribute;
        }

        /// <summary>True for a call that stages a write (cheap: no volume identity needed).</summary>
        public bool IsWrite(IMethodSymbol method)
        {
            if (RuntimeTypes.Is(method.ContainingType, volumeType)
                && (method.Name == "WriteAsync" || method.Name == "WriteTextAsync" || method.Name == "SaveCheckpointAsync"))
            {
                return true;
            }

            return HasWriteAttribute(method) || (method.ReducedFrom != null && HasWriteAttribute(method.ReducedFrom));
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

        private bool HasWriteAttribute(IMethodSymbol method)
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
