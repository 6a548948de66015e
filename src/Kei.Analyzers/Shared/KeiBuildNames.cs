using Kei.Agents;

namespace Kei.Analyzers.Shared
{
    /// <summary>
    /// The names the build (build/KeiAnalyzers.props) and the compiler-side code agree on. Agent files arrive as
    /// AdditionalFiles carrying <c>KeiKind</c> metadata; the active agent and namespace as compiler-visible properties.
    /// </summary>
    public static class KeiBuildNames
    {
        public const string KindMetadata = "build_metadata.AdditionalFiles.KeiKind";
        public const string ActiveAgentProperty = "build_property.KeiAgent";
        public const string NamespaceProperty = "build_property.KeiAgentsNamespace";
        public const string DefaultNamespace = "Kei.Agents";

        /// <summary>Maps the <c>KeiKind</c> metadata value (Manifest, Block, Layout) to a file kind.</summary>
        public static bool TryParseKind(string? metadata, out AgentFileKind kind)
        {
            switch (metadata)
            {
                case "Manifest": kind = AgentFileKind.Manifest; return true;
                case "Block": kind = AgentFileKind.Block; return true;
                case "Layout": kind = AgentFileKind.Layout; return true;
                default: kind = default; return false;
            }
        }
    }
}
