using System.Collections.Generic;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// A torch version a GpuFunction pins: each constant <c>TorchVersion</c> it can have, or, when it sets none, the
    /// <c>torch==X</c> / <c>pytorch:X</c> tag of each constant <c>Image</c>; with where the value enters the code.
    /// </summary>
    internal readonly struct PinnedTorch
    {
        private PinnedTorch(string version, IOperation site)
        {
            Version = version;
            Site = site;
        }

        public string Version { get; }

        public IOperation Site { get; }

        public static List<PinnedTorch> Of(IOperation function)
        {
            var pins = new List<PinnedTorch>();
            Collect(function, "TorchVersion", pins);
            if (pins.Count == 0)
            {
                Collect(function, "Image", pins);
            }

            return pins;
        }

        private static void Collect(IOperation function, string member, List<PinnedTorch> pins)
        {
            var values = new List<MemberValue>();
            MemberValues.Collect(function, member, values);
            foreach (MemberValue value in values)
            {
                foreach (ValueLeaf leaf in value.Assigned is null ? new List<ValueLeaf>() : PossibleValues.Of(value.Assigned))
                {
                    if (Constants.TryGetString(leaf.Value, out string text) && Read(member, text, out string version))
                    {
                        pins.Add(new PinnedTorch(version, leaf.Site));
                    }
                }
            }
        }

        private static bool Read(string member, string text, out string version)
        {
            if (member == "Image")
            {
                return TorchVersions.TryFindInImage(text, out version);
            }

            version = text;
            return TorchVersions.IsVersion(text);
        }
    }
}
