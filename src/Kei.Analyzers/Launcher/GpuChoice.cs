using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>One compile-time GPU request a function can make (<c>"H100:8"</c>), with where its value enters the code.</summary>
    internal readonly struct GpuChoice
    {
        public GpuChoice(string type, int count, IOperation site)
        {
            Type = type;
            Count = count;
            Site = site;
        }

        public string Type { get; }

        public int Count { get; }

        public IOperation Site { get; }
    }
}
