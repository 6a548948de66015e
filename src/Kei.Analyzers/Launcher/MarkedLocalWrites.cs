using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The volumes a local function marked [VolumeWrite] writes without taking them as a parameter: the ones it reaches
    /// from its surroundings (a field, a captured local). Its body stages those writes for its caller, so a call to it is a
    /// write of each of them, which the caller must commit.
    /// </summary>
    internal static class MarkedLocalWrites
    {
        public static List<ReceiverPath> Of(IMethodSymbol localFunction, VolumeBody body, VolumeCalls calls)
        {
            var written = new List<ReceiverPath>();
            ILocalFunctionOperation? declaration = Find(body.Root, localFunction);
            IOperation? functionBody = declaration?.Body;
            if (functionBody is null)
            {
                return written;
            }

            foreach (VolumeEvent write in Events(functionBody, new VolumeBody(body.Root), calls))
            {
                // A volume the function declares itself (a parameter, a local of its own) means nothing to its caller.
                bool ownVolume = SymbolEqualityComparer.Default.Equals(write.Volume.Root.ContainingSymbol, localFunction);
                if (write.IsWrite && !ownVolume && !written.Contains(write.Volume))
                {
                    written.Add(write.Volume);
                }
            }

            return written;
        }

        private static List<VolumeEvent> Events(IOperation functionBody, VolumeBody outer, VolumeCalls calls)
        {
            var events = new List<VolumeEvent>();
            foreach (IOperation operation in ValueWalk.Parts(functionBody, _ => false))
            {
                // Calls of local functions are not followed from here (two marked functions may call each other).
                if (operation is IInvocationOperation call && call.TargetMethod.MethodKind != MethodKind.LocalFunction)
                {
                    calls.AddEvents(call, outer, events);
                }
            }

            return events;
        }

        private static ILocalFunctionOperation? Find(IOperation root, IMethodSymbol localFunction)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                if (operation is ILocalFunctionOperation declared && SymbolEqualityComparer.Default.Equals(declared.Symbol, localFunction.OriginalDefinition))
                {
                    return declared;
                }
            }

            return null;
        }
    }
}
